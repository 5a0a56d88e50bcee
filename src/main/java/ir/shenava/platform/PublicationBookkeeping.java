package ir.shenava.platform;

import java.util.Set;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Commits the event registry's bookkeeping of a listener's run — "processing", "completed",
 * "failed" — without waiting for the disk ({@code synchronous_commit = off} for that transaction
 * only). Spring Modulith writes each in a transaction of its own: two flushes of the write-ahead
 * log per listener per event, as many as the complaint itself costs.
 *
 * <p>What stays durable: the publication, written in the transaction of the complaint that
 * published it. What a crash can lose: the last fraction of a second of these marks, so a
 * listener that had finished would run once more on the next resubmission — which every listener
 * must bear anyway (they are idempotent, architecture rule 3). A lost mark never loses an event.
 */
@Component
class PublicationBookkeeping implements BeanPostProcessor {

    private static final Set<String> MARKS = Set.of("markProcessing", "markCompleted", "markFailed");

    private final ObjectProvider<JdbcTemplate> jdbc;

    PublicationBookkeeping(ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof EventPublicationRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.addAdvice((MethodInterceptor) call -> {
            if (MARKS.contains(call.getMethod().getName()) && TransactionSynchronizationManager.isActualTransactionActive()) {
                jdbc.getObject().execute("set local synchronous_commit to off");
            }
            return call.proceed();
        });
        return proxy.getProxy();
    }
}
