package org.switchboard.example.crm;

/** One customer of the example CRM. */
public record Customer(String number, String name, String tier, String note) {
}
