using YouthJustice.Domain;
using YouthJustice.Domain.Time;

namespace YouthJustice.Sampling;

/// <summary>What a synthetic sample service looks like: how many children, over which quarters, from which seed.</summary>
public sealed record SampleOptions
{
    /// <summary>The options of the built-in sample service (<c>yj kpi --sample</c>): 600 children, 2023Q1–2024Q4, seed 20240401.</summary>
    public static readonly SampleOptions Default = new(600, 20_240_401, new ReportingQuarter(2023, 1), 8, "YJS01", "Example Youth Justice Service");

    /// <summary>Creates options.</summary>
    /// <param name="children">How many children; 0 to 10,000,000.</param>
    /// <param name="seed">The random seed: the same seed gives the same service.</param>
    /// <param name="firstQuarter">The first quarter in which orders end.</param>
    /// <param name="quarters">How many quarters orders end over; 1 to 80.</param>
    /// <param name="serviceCode">The service code.</param>
    /// <param name="serviceName">The service name.</param>
    public SampleOptions(int children, int seed, ReportingQuarter firstQuarter, int quarters, string serviceCode, string serviceName)
    {
        Children = Preconditions.CheckRange(children, nameof(children), 0, 10_000_000);
        Seed = seed;
        FirstQuarter = firstQuarter;
        Quarters = Preconditions.CheckRange(quarters, nameof(quarters), 1, 80);
        ServiceCode = Preconditions.CheckNotBlank(serviceCode, nameof(serviceCode));
        ServiceName = Preconditions.CheckNotBlank(serviceName, nameof(serviceName));
    }

    /// <summary>How many children.</summary>
    public int Children { get; }

    /// <summary>The random seed.</summary>
    public int Seed { get; }

    /// <summary>The first quarter in which orders end.</summary>
    public ReportingQuarter FirstQuarter { get; }

    /// <summary>How many quarters orders end over.</summary>
    public int Quarters { get; }

    /// <summary>The service code.</summary>
    public string ServiceCode { get; }

    /// <summary>The service name.</summary>
    public string ServiceName { get; }
}
