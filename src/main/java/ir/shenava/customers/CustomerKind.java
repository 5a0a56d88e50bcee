package ir.shenava.customers;

/** What sort of organisation a customer is; INDIVIDUAL: a private person (e.g. an unknown complainant). */
public enum CustomerKind {
    HOSPITAL, CLINIC, LABORATORY, FACTORY, UNIVERSITY, COMPANY, OTHER, INDIVIDUAL;

    public String messageKey() {
        return "customer.kind." + name();
    }
}
