package ir.shenava.customers.web;

import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerRegistry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person types for a customer organisation. */
record CustomerForm(
        @Size(max = 40) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull CustomerKind kind,
        @Size(max = 80) String province,
        @Size(max = 80) String city,
        @Size(max = 500) String address,
        @Pattern(regexp = "[0-9۰-۹٠-٩]{10,11}", message = "{customer.nationalId.pattern}") String nationalId,
        @Pattern(regexp = "[0-9۰-۹٠-٩]{10,14}", message = "{customer.economicCode.pattern}") String economicCode) {

    static CustomerForm empty() {
        return new CustomerForm(null, null, CustomerKind.HOSPITAL, null, null, null, null, null);
    }

    static CustomerForm of(Customer c) {
        return new CustomerForm(c.getCode(), c.getName(), c.getKind(), c.getProvince(), c.getCity(), c.getAddress(),
                c.getNationalId(), c.getEconomicCode());
    }

    CustomerRegistry.CustomerData data() {
        return new CustomerRegistry.CustomerData(code, name, kind, province, city, address, nationalId, economicCode);
    }
}
