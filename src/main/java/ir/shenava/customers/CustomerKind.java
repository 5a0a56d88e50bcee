package ir.shenava.customers;

/** What sort of organisation a customer is. */
public enum CustomerKind {
    HOSPITAL, CLINIC, LABORATORY, FACTORY, UNIVERSITY, COMPANY, OTHER;

    public String messageKey() {
        return "customer.kind." + name();
    }
}
