using System.Globalization;

namespace Instasent.Sdk.ChaosTests;

/// <summary>How big a chaos run is. The CI test uses <see cref="Small"/>; the console runs any size.</summary>
public sealed record ChaosSettings
{
    public int Operations { get; init; } = 2_000;

    public int Concurrency { get; init; } = 16;

    public int Seed { get; init; } = 20261123;

    public double FaultRate { get; init; } = 0.3;

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
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --operations N --concurrency N --seed N --fault-rate 0..1"),
            };
        }

        return settings;
    }
}
