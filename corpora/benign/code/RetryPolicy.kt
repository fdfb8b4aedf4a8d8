package com.acme.net

import kotlinx.coroutines.delay
import kotlin.math.min
import kotlin.random.Random

data class RetryPolicy(
    val maxAttempts: Int = 5,
    val baseDelayMs: Long = 100,
    val maxDelayMs: Long = 5_000,
) {
    init {
        require(maxAttempts >= 1) { "maxAttempts must be at least 1" }
    }

    fun delayFor(attempt: Int): Long {
        val exp = baseDelayMs shl min(attempt, 20)
        val capped = min(exp, maxDelayMs)
        return Random.nextLong(capped / 2, capped + 1)
    }
}

suspend fun <T> withRetry(policy: RetryPolicy, isRetryable: (Throwable) -> Boolean, block: suspend () -> T): T {
    var last: Throwable? = null
    repeat(policy.maxAttempts) { attempt ->
        try {
            return block()
        } catch (t: Throwable) {
            if (!isRetryable(t)) throw t
            last = t
            delay(policy.delayFor(attempt))
        }
    }
    throw IllegalStateException("gave up after ${policy.maxAttempts} attempts", last)
}
