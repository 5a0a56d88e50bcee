/**
 * The administrator's and quality manager's page of the dissatisfaction reason catalogue (policy 5):
 * areas and reasons in Persian and English; codes fixed once used; used reasons deactivated, never deleted.
 */
package ir.shenava.surveys.reasons;
