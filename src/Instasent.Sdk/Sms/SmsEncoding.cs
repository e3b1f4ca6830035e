namespace Instasent.Sdk.Sms;

/// <summary>How an SMS text is encoded on the air interface.</summary>
public enum SmsEncoding
{
    /// <summary>GSM 03.38 basic alphabet: 160 characters in one part, 153 per part when split.</summary>
    Gsm7,

    /// <summary>GSM 03.38 with extension characters (<c>^ { } \ [ ~ ] | €</c> and form feed), each counting 2.</summary>
    Gsm7Extended,

    /// <summary>UCS-2 (Unicode): 70 characters in one part, 67 per part; characters outside the BMP (most emoji) count 2.</summary>
    Ucs2,
}
