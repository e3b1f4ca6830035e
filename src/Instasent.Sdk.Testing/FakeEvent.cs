namespace Instasent.Sdk.Testing;

/// <summary>An event held by the fake.</summary>
/// <param name="ProjectId">The project UID.</param>
/// <param name="DatasourceId">The datasource that sent it.</param>
/// <param name="EventId">The <c>_event_id</c> (the de-duplication key).</param>
/// <param name="UserId">The <c>_user_id</c>.</param>
/// <param name="EventType">The <c>_event_type</c>.</param>
/// <param name="EventDate">The <c>_event_date</c> as sent.</param>
/// <param name="ParametersJson">The <c>_event_parameters</c> as JSON text.</param>
public sealed record FakeEvent(string ProjectId, string DatasourceId, string EventId, string UserId, string EventType, string EventDate, string ParametersJson);
