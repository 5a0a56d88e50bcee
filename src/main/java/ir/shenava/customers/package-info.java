/**
 * Customers: the organisations Shenava serves (hospitals, clinics, laboratories, factories …),
 * their sites, contact persons and installed equipment, with search that ignores which digits
 * and which Arabic or Persian letters were typed, and import/export for moving data in bulk.
 * Other modules ask {@link ir.shenava.customers.CustomerDirectory} by phone, email, serial or id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package ir.shenava.customers;
