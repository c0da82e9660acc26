package io.plumbline.survey;

import io.plumbline.tenancy.ClientId;
import java.util.Map;

/**
 * A file to import and the choices made in the preview.
 *
 * @param mapping columns chosen by the user; null to take the recognised ones
 * @param defaultClient the client of rows without a client column or value
 * @param defaultAudience the audience of rows without an audience column or value
 * @param clientAliases client values of the file (case-insensitive) mapped to a client in
 * the preview
 * @param hashRespondents false omits the respondent column entirely
 * @param options dates, numbers and which incomplete responses count
 */
public record ImportRequest(String fileName, byte[] content, ImportFormat format, Map<ColumnRole, String> mapping,
        ClientId defaultClient, Audience defaultAudience, Map<String, ClientId> clientAliases, boolean hashRespondents,
        ImportOptions options) {

    public ImportRequest {
        options = options == null ? ImportOptions.DEFAULTS : options;
    }

    public static ImportRequest of(String fileName, byte[] content, ImportFormat format) {
        return new ImportRequest(fileName, content, format, null, null, Audience.CLIENT, Map.of(), true,
                ImportOptions.DEFAULTS);
    }

    public ImportRequest withMapping(Map<ColumnRole, String> changed) {
        return new ImportRequest(fileName, content, format, changed, defaultClient, defaultAudience, clientAliases,
                hashRespondents, options);
    }

    public ImportRequest withDefaults(ClientId client, Audience audience) {
        return new ImportRequest(fileName, content, format, mapping, client, audience, clientAliases, hashRespondents,
                options);
    }

    public ImportRequest withAliases(Map<String, ClientId> aliases) {
        return new ImportRequest(fileName, content, format, mapping, defaultClient, defaultAudience, aliases,
                hashRespondents, options);
    }

    public ImportRequest withRespondentsHashed(boolean hashed) {
        return new ImportRequest(fileName, content, format, mapping, defaultClient, defaultAudience, clientAliases,
                hashed, options);
    }

    public ImportRequest withOptions(ImportOptions changed) {
        return new ImportRequest(fileName, content, format, mapping, defaultClient, defaultAudience, clientAliases,
                hashRespondents, changed);
    }
}
