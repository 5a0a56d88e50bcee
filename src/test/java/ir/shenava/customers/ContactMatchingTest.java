package ir.shenava.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ShenavaIntegrationTest
class ContactMatchingTest {

    @Autowired
    CustomerRegistry registry;
    @Autowired
    CustomerDirectory directory;

    @Test
    void theContactOfAComplaintIsFoundByPhoneFirstThenByEmailInAnyCase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long customer = registry.create(new CustomerRegistry.CustomerData(null, "بیمارستان " + tag, CustomerKind.HOSPITAL,
                null, null, null, null, null)).getId();
        String mobile = "0936" + (1000000 + (int) (Math.random() * 8999999));
        String email = "lab." + tag + "@example.ir";
        long byEmail = registry.saveContact(customer, null,
                new CustomerRegistry.ContactData("اول " + tag, null, null, null, email)).getId();
        long byPhone = registry.saveContact(customer, null,
                new CustomerRegistry.ContactData("دوم " + tag, null, mobile, null, null)).getId();
        String e164 = PhoneNumber.parse(mobile).e164();

        assertThat(directory.contactFor(e164, email).map(c -> c.id().value())).contains(byPhone);
        assertThat(directory.contactFor(null, " LAB." + tag.toUpperCase() + "@Example.IR ").map(c -> c.id().value()))
                .contains(byEmail);
        assertThat(directory.contactFor("+989000000000", email).map(c -> c.id().value())).contains(byEmail);
        assertThat(directory.contactFor(null, null)).isEmpty();
    }
}
