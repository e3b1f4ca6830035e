namespace Instasent.Sdk.Testing;

/// <summary>
/// Told of every record the fake stores, at the moment it stores it (before the answer leaves). The repository's chaos
/// run checks its invariants with it as it goes, so the fake may forget old records (<see cref="FakeServerRetention"/>).
/// </summary>
internal interface IFakeStoreObserver
{
    void SmsStored(FakeSms sms);

    void LynSmsStored(FakeLynSmsMessage message);

    void HellioCampaignStored(FakeHellioCampaign campaign);

    void HellioMessageStored(FakeHellioMessage message);

    void HellioOtpStored(FakeHellioOtp otp);

    void ContactWritten(FakeContact contact);

    void EventStored(FakeEvent storedEvent);
}
