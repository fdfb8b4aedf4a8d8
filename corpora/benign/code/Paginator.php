<?php

declare(strict_types=1);

namespace Acme\Http;

final class Paginator
{
    public function __construct(
        private readonly int $total,
        private readonly int $perPage = 25,
    ) {
        if ($perPage < 1) {
            throw new \InvalidArgumentException('perPage must be >= 1');
        }
    }

    public function pages(): int
    {
        return max(1, (int) ceil($this->total / $this->perPage));
    }

    public function offset(int $page): int
    {
        $page = min(max(1, $page), $this->pages());
        return ($page - 1) * $this->perPage;
    }

    /** @return array<string, int|null> */
    public function links(int $page): array
    {
        return [
            'first' => 1,
            'prev' => $page > 1 ? $page - 1 : null,
            'next' => $page < $this->pages() ? $page + 1 : null,
            'last' => $this->pages(),
        ];
    }
}
