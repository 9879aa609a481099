package org.switchboard.example.crm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The example CRM's customers, from the bundle's {@code data/customers.csv}, by phone number. */
final class CustomerDirectory {

    private final Map<String, Customer> byNumber;

    CustomerDirectory() {
        try (BufferedReader csv = new BufferedReader(new InputStreamReader(
                CustomerDirectory.class.getResourceAsStream("/data/customers.csv"), StandardCharsets.UTF_8))) {
            byNumber = csv.lines().skip(1).map(line -> line.split(",", 4))
                    .map(f -> new Customer(f[0], f[1], f[2], f[3]))
                    .collect(Collectors.toMap(Customer::number, c -> c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Customer> find(String number) {
        return Optional.ofNullable(number).map(byNumber::get);
    }
}
