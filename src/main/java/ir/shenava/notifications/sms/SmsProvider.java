package ir.shenava.notifications.sms;

/** The gateways an administrator can choose; LOG writes to the log and sends nothing (the default). */
public enum SmsProvider {
    LOG, KAVENEGAR, SMSIR
}
