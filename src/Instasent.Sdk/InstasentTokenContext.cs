namespace Instasent.Sdk;

/// <summary>What a token is asked for: the client, the API family, the credential within it and the operation.</summary>
public sealed class InstasentTokenContext
{
    /// <summary>Initializes a new instance (public so that providers can be tested).</summary>
    /// <param name="clientName">The name the client was registered with (empty for the default client).</param>
    /// <param name="family">The API family, as in configuration (for example <c>Transactional</c>, <c>Ingest</c>).</param>
    /// <param name="operation">The operation, for example <c>Transactional.SendSms</c>.</param>
    /// <param name="credentialKey">The credential within the family (an Ingest datasource name), if the family has several.</param>
    public InstasentTokenContext(string clientName, string family, string operation, string? credentialKey = null)
    {
        ClientName = clientName;
        Family = family;
        Operation = operation;
        CredentialKey = credentialKey;
    }

    /// <summary>Gets the name the client was registered with (empty for the default client).</summary>
    public string ClientName { get; }

    /// <summary>Gets the API family, as named in configuration (for example <c>Transactional</c>).</summary>
    public string Family { get; }

    /// <summary>Gets the operation, for example <c>Transactional.SendSms</c>.</summary>
    public string Operation { get; }

    /// <summary>Gets the credential within the family (an Ingest datasource name), or <see langword="null"/>.</summary>
    public string? CredentialKey { get; }

    /// <inheritdoc />
    public override string ToString() => $"InstasentTokenContext {{ Client = '{ClientName}', Family = {Family}, Operation = {Operation}, CredentialKey = {CredentialKey} }}";
}
