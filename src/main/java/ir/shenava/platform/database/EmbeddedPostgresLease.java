package ir.shenava.platform.database;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ObjectUtils;

/**
 * An application context's hold on the embedded server. The {@code dataSource} bean is made to
 * depend on it, so Spring destroys it only after the pool has closed: stopping PostgreSQL earlier
 * leaves the pool waiting for a server that is gone.
 */
class EmbeddedPostgresLease implements DisposableBean {

    private final EmbeddedPostgresServer server;

    EmbeddedPostgresLease(EmbeddedPostgresServer server) {
        this.server = server;
        server.lease();
    }

    @Override
    public void destroy() {
        server.release();
    }

    record Registrar(EmbeddedPostgresServer server) implements BeanDefinitionRegistryPostProcessor {

        private static final String NAME = "embeddedPostgresLease";

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            RootBeanDefinition lease = new RootBeanDefinition(EmbeddedPostgresLease.class, () -> new EmbeddedPostgresLease(server));
            registry.registerBeanDefinition(NAME, lease);
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (beanFactory.containsBeanDefinition("dataSource")) {
                BeanDefinition dataSource = beanFactory.getBeanDefinition("dataSource");
                String[] dependsOn = dataSource.getDependsOn();
                dataSource.setDependsOn(ObjectUtils.addObjectToArray(dependsOn == null ? new String[0] : dependsOn, NAME));
            }
        }
    }
}
