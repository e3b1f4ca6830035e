namespace Instasent.Sdk;

/// <summary>Settings shared by every API family: where it lives and which bearer token it uses.</summary>
public abstract class InstasentApiOptions
{
    private string? token;

    /// <summary>Initializes a new instance with the family's default base address.</summary>
    /// <param name="defaultBaseAddress">The production base address of the family.</param>
    protected InstasentApiOptions(Uri defaultBaseAddress)
    {
        BaseAddress = defaultBaseAddress;
    }

    /// <summary>
    /// Gets or sets the base address. Always configurable: several vendors document conflicting hosts or paths,
    /// and tests point it at a loopback fake.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Gets or sets the bearer token. It is read again on every attempt (so a rotated token takes effect without a
    /// restart) and is never written to logs, exceptions or <see cref="ToString"/>. Surrounding whitespace is removed
    /// when it is set: a token read from a mounted secret file usually ends with a newline.
    /// </summary>
    public string? Token
    {
        get => token;
        set => token = value?.Trim();
    }

    /// <summary>Gets whether a non-empty token is set.</summary>
    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name} {{ BaseAddress = {BaseAddress}, Token = {(HasToken ? "***" : "(none)")} }}";
}
