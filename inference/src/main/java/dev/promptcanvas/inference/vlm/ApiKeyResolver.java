package dev.promptcanvas.inference.vlm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds an endpoint's API key: the environment variable named by {@link VlmEndpoint#apiKeyEnv()}, else the OS
 * credential store entry named by {@link VlmEndpoint#credentialKey()}, read on Linux with libsecret's CLI:
 * {@code secret-tool lookup service promptcanvas endpoint <credentialKey>} (store one with
 * {@code secret-tool store --label=PromptCanvas service promptcanvas endpoint <credentialKey>}).
 * An endpoint naming neither has no key (local servers usually need none).
 */
public final class ApiKeyResolver {

    /** The attribute pair secret-tool entries are stored under, before {@code endpoint <key>}. */
    public static final List<String> SECRET_ATTRIBUTES = List.of("service", "promptcanvas", "endpoint");

    private final Map<String, String> environment;
    private final String secretTool;

    /**
     * @param environment the environment variables to read (System.getenv() in the application)
     * @param secretTool  the secret-tool program (a name on the PATH or a path)
     */
    public ApiKeyResolver(Map<String, String> environment, String secretTool) {
        this.environment = Map.copyOf(environment);
        this.secretTool = secretTool;
    }

    /** The process environment and {@code secret-tool} from the PATH. */
    public static ApiKeyResolver system() {
        return new ApiKeyResolver(System.getenv(), "secret-tool");
    }

    /**
     * The endpoint's key, or empty when it names no source.
     *
     * @throws VlmException (CONFIGURATION) when the named variable is unset or the credential store has no entry
     */
    public Optional<ApiKey> resolve(VlmEndpoint endpoint) {
        if (endpoint.apiKeyEnv() != null) {
            String v = environment.get(endpoint.apiKeyEnv());
            if (v != null && !v.isBlank()) {
                return Optional.of(new ApiKey(v, "environment variable " + endpoint.apiKeyEnv()));
            }
            if (endpoint.credentialKey() == null) {
                throw new VlmException(VlmException.Kind.CONFIGURATION, null, "endpoint " + endpoint.name()
                        + ": the API key variable " + endpoint.apiKeyEnv() + " is not set");
            }
        }
        if (endpoint.credentialKey() != null) {
            return Optional.of(lookup(endpoint));
        }
        return Optional.empty();
    }

    private ApiKey lookup(VlmEndpoint endpoint) {
        List<String> cmd = new ArrayList<>();
        cmd.add(secretTool);
        cmd.add("lookup");
        cmd.addAll(SECRET_ATTRIBUTES);
        cmd.add(endpoint.credentialKey());
        String where = "credential store entry '" + endpoint.credentialKey() + "'";
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new VlmException(VlmException.Kind.CONFIGURATION, null, "endpoint " + endpoint.name() + ": cannot"
                    + " read the " + where + ": " + secretTool + " is not available (install libsecret-tools, or"
                    + " use an API key environment variable)");
        }
        try (InputStream in = p.getInputStream()) {
            byte[] out = in.readNBytes(64 * 1024);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new VlmException(VlmException.Kind.CONFIGURATION, null, "endpoint " + endpoint.name() + ": "
                        + secretTool + " did not answer within 10 s (is the keyring locked?)");
            }
            String value = new String(out, StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0 || value.isEmpty()) {
                throw new VlmException(VlmException.Kind.CONFIGURATION, null, "endpoint " + endpoint.name() + ": no "
                        + where + " (store it with: secret-tool store --label=PromptCanvas "
                        + String.join(" ", SECRET_ATTRIBUTES) + " " + endpoint.credentialKey() + ")");
            }
            return new ApiKey(value, where);
        } catch (IOException e) {
            throw new VlmException(VlmException.Kind.CONFIGURATION, null, "endpoint " + endpoint.name()
                    + ": reading the " + where + " failed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new VlmException(VlmException.Kind.CANCELLED, null, "endpoint " + endpoint.name()
                    + ": interrupted while reading the " + where);
        }
    }
}
