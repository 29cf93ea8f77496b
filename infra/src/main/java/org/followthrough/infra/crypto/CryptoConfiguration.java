package org.followthrough.infra.crypto;

import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/**
 * The master key and the event store's sealing serializer. The master key comes from {@code followthrough.master-key}
 * (the environment's {@code FOLLOWTHROUGH_MASTER_KEY}); with the embedded database and none given, from
 * {@code master.key} beside the data folder, made on the first start. With a PostgreSQL server and no key the app
 * refuses to start: a key made up on one node would leave every other node unable to read what it wrote.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    static final String PROPERTY = "followthrough.master-key";

    @Bean
    MasterKey masterKey(Environment environment) {
        String given = environment.getProperty(PROPERTY, "");
        if (!given.isBlank()) {
            return MasterKey.fromBase64(given);
        }
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
            throw new IllegalStateException("No master key: with a PostgreSQL server, set FOLLOWTHROUGH_MASTER_KEY to 32 "
                    + "random bytes in Base64 (`openssl rand -base64 32`), the same on every node, and keep it apart "
                    + "from the database's backups (docs/operations.md)");
        }
        Path postgres = Path.of(environment.getProperty("followthrough.embedded.data-dir", "data/postgres"))
                .toAbsolutePath().normalize();
        return MasterKey.loadOrCreate(postgres.resolveSibling("master.key"));
    }

    /** Axon's storage engine writes events with the bean of this qualifier (tokens and the rest use the primary one). */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer, CandidateKeys keys) {
        return new SealingSerializer(serializer, keys);
    }
}
