package com.acme.orders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class OrderService {
    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository repository;
    private final Clock clock;

    public OrderService(OrderRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Order place(String customerId, List<LineItem> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line item");
        }
        BigDecimal total = items.stream()
                .map(i -> i.unitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Order order = new Order(null, customerId, items, total, Instant.now(clock), Status.PENDING);
        Order saved = repository.save(order);
        log.info("placed order {} for customer {} total={}", saved.id(), customerId, total);
        return saved;
    }

    public Optional<Order> cancel(long orderId) {
        return repository.findById(orderId).map(o -> {
            if (o.status() == Status.SHIPPED) {
                throw new IllegalStateException("order " + orderId + " already shipped");
            }
            return repository.save(o.withStatus(Status.CANCELLED));
        });
    }
}
