package com.acme.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A small thread-safe LRU cache built on LinkedHashMap's access order.
 */
public final class LruCache<K, V> {
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<K, V> map;
    private long hits;
    private long misses;

    public LruCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    public V get(K key) {
        Objects.requireNonNull(key, "key");
        lock.lock();
        try {
            V v = map.get(key);
            if (v == null) {
                misses++;
            } else {
                hits++;
            }
            return v;
        } finally {
            lock.unlock();
        }
    }

    public void put(K key, V value) {
        lock.lock();
        try {
            map.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        } finally {
            lock.unlock();
        }
    }

    public double hitRatio() {
        lock.lock();
        try {
            long total = hits + misses;
            return total == 0 ? 0.0 : (double) hits / total;
        } finally {
            lock.unlock();
        }
    }
}
