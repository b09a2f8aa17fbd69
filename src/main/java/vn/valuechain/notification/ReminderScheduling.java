package vn.valuechain.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link ReminderJob} on its schedule (app.reminders.cron; "-" turns it off). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderScheduling {}
