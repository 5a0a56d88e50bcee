/**
 * Service records: the documentation of the services performed at customers — sale, delivery,
 * installation, commissioning, training, service visits — with their attachments and the service
 * confirmation form signed and stamped by the customer. When installation, commissioning and
 * training of a unit are all done it publishes {@link ir.shenava.servicerecords.InstallationCompleted}
 * (once per unit), from which the follow-up survey call is scheduled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service records")
package ir.shenava.servicerecords;
