-- Migration 0007: invoices and their line items.
BEGIN;

CREATE TABLE invoices (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT      NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    number        TEXT        NOT NULL UNIQUE,
    currency      CHAR(3)     NOT NULL DEFAULT 'EUR',
    issued_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    due_at        TIMESTAMPTZ NOT NULL,
    status        TEXT        NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'sent', 'paid', 'void'))
);

CREATE TABLE invoice_lines (
    id          BIGSERIAL PRIMARY KEY,
    invoice_id  BIGINT         NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description TEXT           NOT NULL,
    quantity    INTEGER        NOT NULL CHECK (quantity > 0),
    unit_price  NUMERIC(12, 2) NOT NULL
);

CREATE INDEX idx_invoices_customer ON invoices (customer_id);
CREATE INDEX idx_invoices_status_due ON invoices (status, due_at) WHERE status <> 'paid';

CREATE VIEW invoice_totals AS
SELECT i.id, i.number, SUM(l.quantity * l.unit_price) AS total
FROM invoices i
JOIN invoice_lines l ON l.invoice_id = i.id
GROUP BY i.id, i.number;

COMMIT;
