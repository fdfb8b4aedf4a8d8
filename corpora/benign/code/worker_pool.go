package pool

import (
	"context"
	"sync"
)

// Run applies fn to every input with at most n goroutines and returns results in input order.
func Run[T, R any](ctx context.Context, n int, inputs []T, fn func(context.Context, T) (R, error)) ([]R, error) {
	results := make([]R, len(inputs))
	errs := make([]error, len(inputs))
	sem := make(chan struct{}, n)
	var wg sync.WaitGroup
	for i, in := range inputs {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case sem <- struct{}{}:
		}
		wg.Add(1)
		go func(i int, in T) {
			defer wg.Done()
			defer func() { <-sem }()
			results[i], errs[i] = fn(ctx, in)
		}(i, in)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return results, err
		}
	}
	return results, nil
}
