# frozen_string_literal: true

class InvoiceMailer < ApplicationMailer
  default from: "billing@acme-corp.example"

  def issued(invoice)
    @invoice = invoice
    @customer = invoice.customer
    attachments["#{invoice.number}.pdf"] = InvoicePdf.new(invoice).render
    mail(
      to: @customer.billing_address,
      subject: "Invoice #{invoice.number} (due #{invoice.due_at.to_date.iso8601})"
    )
  end

  def overdue(invoice, days_late:)
    @invoice = invoice
    @days_late = days_late
    mail(to: invoice.customer.billing_address, subject: "Reminder: invoice #{invoice.number} is overdue")
  end
end
