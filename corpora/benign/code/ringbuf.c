#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Single-producer single-consumer byte ring buffer; capacity must be a power of two. */
struct ringbuf {
    uint8_t *data;
    size_t cap;
    size_t head; /* write index */
    size_t tail; /* read index */
};

int ringbuf_init(struct ringbuf *rb, size_t cap)
{
    if (cap == 0 || (cap & (cap - 1)) != 0)
        return -1;
    rb->data = malloc(cap);
    if (!rb->data)
        return -1;
    rb->cap = cap;
    rb->head = rb->tail = 0;
    return 0;
}

size_t ringbuf_used(const struct ringbuf *rb)
{
    return rb->head - rb->tail;
}

size_t ringbuf_write(struct ringbuf *rb, const uint8_t *src, size_t len)
{
    size_t free_space = rb->cap - ringbuf_used(rb);
    if (len > free_space)
        len = free_space;
    for (size_t i = 0; i < len; i++)
        rb->data[(rb->head + i) & (rb->cap - 1)] = src[i];
    rb->head += len;
    return len;
}

size_t ringbuf_read(struct ringbuf *rb, uint8_t *dst, size_t len)
{
    size_t used = ringbuf_used(rb);
    if (len > used)
        len = used;
    for (size_t i = 0; i < len; i++)
        dst[i] = rb->data[(rb->tail + i) & (rb->cap - 1)];
    rb->tail += len;
    return len;
}

void ringbuf_free(struct ringbuf *rb)
{
    free(rb->data);
    memset(rb, 0, sizeof(*rb));
}
