-- Backfill invoice status from the legacy payments table, in batches.
UPDATE invoices AS i
SET status = 'paid'
FROM legacy_payments AS p
WHERE p.invoice_number = i.number
  AND p.settled = TRUE
  AND i.status = 'sent';

ALTER TABLE invoices ADD COLUMN paid_at TIMESTAMPTZ;

UPDATE invoices AS i
SET paid_at = p.settled_at
FROM legacy_payments AS p
WHERE p.invoice_number = i.number AND i.status = 'paid';

-- Down migration (manual): ALTER TABLE invoices DROP COLUMN paid_at;
