namespace Instasent.Sdk.Testing;

/// <summary>A direct SMS the fake accepted through the Product API.</summary>
/// <param name="Id">The message id.</param>
/// <param name="ProjectId">The project UID.</param>
/// <param name="SenderId">The sender id used (the default sender's id when <c>default</c> was given).</param>
/// <param name="AudienceId">The audience id of the recipient.</param>
/// <param name="To">The recipient phone.</param>
/// <param name="Text">The text.</param>
/// <param name="UtmTerm">The UTM term, if any.</param>
/// <param name="CreatedAt">When it was accepted.</param>
public sealed record FakeDirectSms(string Id, string ProjectId, string SenderId, string AudienceId, string To, string Text, string? UtmTerm, DateTimeOffset CreatedAt)
{
    /// <inheritdoc />
    public override string ToString() => $"FakeDirectSms {{ Id = {Id}, AudienceId = {AudienceId}, Text = ({Text.Length} chars) }}";
}
