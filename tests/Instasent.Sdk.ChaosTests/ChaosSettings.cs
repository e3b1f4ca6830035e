using System.Globalization;

namespace Instasent.Sdk.ChaosTests;

/// <summary>How big a chaos run is. The CI test uses <see cref="Small"/>; the console runs any size.</summary>
public sealed record ChaosSettings
{
    public int Operations { get; init; } = 2_000;

    public int Concurrency { get; init; } = 16;

    public int Seed { get; init; } = 20261123;

    public double FaultRate { get; init; } = 0.3;

    /// <summary>Whether the fake behaves as a real server may within the documented leeway (FakeServerVariance.RealWorld).</summary>
    public bool ServerVariance { get; init; } = true;

    /// <summary>Whether the host wraps the SDK's clients with Aspire-style HttpClient defaults (HostVariance.Aspire).</summary>
    public bool HostVariance { get; init; } = true;

    /// <summary>
    /// How many records each of the fake's stores keeps (FakeServerRetention.MaxRecordsPerStore): enough for what a
    /// retry can still refer to (Hellio replays, event de-duplication) a few seconds on; 0 keeps the whole history.
    /// The invariants do not depend on it: they are checked from what the fake stores, as it stores it.
    /// </summary>
    public int Retention { get; init; } = 5_000;

    public static ChaosSettings Small { get; } = new();

    public static ChaosSettings Parse(string[] args)
    {
        var settings = new ChaosSettings();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            settings = args[i] switch
            {
                "--operations" => settings with { Operations = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--concurrency" => settings with { Concurrency = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--seed" => settings with { Seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--fault-rate" => settings with { FaultRate = double.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--server-variance" => settings with { ServerVariance = OnOff(args[i], args[i + 1]) },
                "--host-variance" => settings with { HostVariance = OnOff(args[i], args[i + 1]) },
                "--retention" => settings with { Retention = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --operations N --concurrency N --seed N --fault-rate 0..1 --server-variance on|off --host-variance on|off --retention N"),
            };
        }

        return settings;
    }

    private static bool OnOff(string option, string value) => value switch
    {
        "on" => true,
        "off" => false,
        _ => throw new ArgumentException($"{option} takes on or off, not '{value}'."),
    };
}
