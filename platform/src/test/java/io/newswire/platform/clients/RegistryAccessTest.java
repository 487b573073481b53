package io.newswire.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.serde.registry.RegistryResponseException;
import io.newswire.serde.registry.RegistryUnreachableException;
import org.junit.jupiter.api.Test;

class RegistryAccessTest {
    static final String REGISTRY = "https://registry.example.com";

    static Config withUserInfo(String userInfo) {
        ConfigLoader loader = new ConfigLoader(CommonSettings.all()).flag("schema.registry.url", REGISTRY);
        return (userInfo == null ? loader : loader.flag("schema.registry.basic-auth.user-info", userInfo)).load();
    }

    static RegistryResponseException answer(int status) {
        return new RegistryResponseException(REGISTRY, "GET /subjects/news.raw-value/versions/latest", status, status,
                "Unauthorized");
    }

    @Test
    void a401NamesTheRegistryAndTheUserButNotThePassword() {
        assertThat(RegistryAccess.rejection(answer(401), withUserInfo("newswire:registry-secret"))).get()
                .extracting(Throwable::getMessage)
                .isEqualTo("schema registry at https://registry.example.com rejected the credentials of user 'newswire' "
                        + "(HTTP 401): Unauthorized");
    }

    @Test
    void a403IsADeniedUser() {
        assertThat(RegistryAccess.rejection(answer(403), withUserInfo("newswire:registry-secret"))).get()
                .extracting(Throwable::getMessage)
                .isEqualTo("schema registry at https://registry.example.com denied user 'newswire' (HTTP 403): Unauthorized");
    }

    @Test
    void a401WithoutCredentialsSaysWhichKeySetsThem() {
        assertThat(RegistryAccess.rejection(answer(401), withUserInfo(null))).get()
                .extracting(Throwable::getMessage)
                .isEqualTo("schema registry at https://registry.example.com requires credentials (HTTP 401): set "
                        + "schema.registry.basic-auth.user-info (Unauthorized)");
    }

    @Test
    void otherErrorsAreNoRejection() {
        assertThat(RegistryAccess.rejection(answer(500), withUserInfo("u:p"))).isEmpty();
        assertThat(RegistryAccess.rejection(new RegistryUnreachableException(REGISTRY, "refused", null),
                withUserInfo("u:p"))).isEmpty();
    }
}
