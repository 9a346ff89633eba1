using Ardalis.SmartEnum;
using OneOf;
using YouthJustice.Domain;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Results;

/// <summary>
/// How a financial year's figure is built from its four quarters. The YJB pipeline is quarterly only and how the YJB
/// makes an annual figure was not found (kpi-rules §1.1 [L]): <see cref="SumOfQuarters"/> is the suggested default;
/// <see cref="DistinctChildren"/> counts each child once.
/// </summary>
/// <remarks>
/// <para><see cref="SumOfQuarters"/>: the year's numerator and denominator are the sums of the quarters' (a child whose
/// orders end in two quarters counts twice; board attendance is five sectors a quarter, so twenty a year). A rate per
/// population (<see cref="MeasureUnit.Per1000"/>, <see cref="MeasureUnit.Per10000"/>, <see cref="MeasureUnit.Per100000"/>)
/// sums the numerators and keeps the population: the four quarters of a financial year share one ONS estimate, and
/// summing it would divide by four times the population.</para>
/// <para><see cref="DistinctChildren"/>: for the measures counted over the quarter's KPI cohort, each child counts once,
/// in the child's LAST cohort quarter of the year (that quarter's kept order and statuses decide). Measures counted over
/// something else — board attendance (sectors), serious violence (offences), victims, and the national indicators —
/// fall back to <see cref="SumOfQuarters"/>, and <see cref="AnnualMeasureResult.Method"/> says so.</para>
/// </remarks>
[Source("kpi-rules §1.1 (annual figures not found; default suggestion: sum the four quarters) [L]; §3.2 (a 12-month reoffending figure from four 3-month cohorts)", Confidence = Confidence.Low)]
public sealed class AnnualMethod : SmartEnum<AnnualMethod>
{
    /// <summary>Sum the four quarters' numerators and denominators (the default).</summary>
    public static readonly AnnualMethod SumOfQuarters = new(nameof(SumOfQuarters), 1, "the four quarters' numerators and denominators added (a rate per population: numerators added over the year's population)");

    /// <summary>Count each child of the cohort once in the year, in the child's last cohort quarter.</summary>
    public static readonly AnnualMethod DistinctChildren = new(nameof(DistinctChildren), 2, "each child counted once, in the child's last cohort quarter of the year");

    private AnnualMethod(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>What the method does, in a sentence.</summary>
    public string Description { get; }

    /// <summary>Reads <c>SumOfQuarters</c> or <c>DistinctChildren</c>; never throws.</summary>
    /// <param name="text">The text given (for example on the command line).</param>
    /// <returns>The method, or an error naming the text and the allowed values.</returns>
    public static OneOf<AnnualMethod, UnknownValueError> Parse(string? text)
        => TryFromName(text ?? string.Empty, out var method)
            ? method
            : new UnknownValueError("annualMethod", text, [nameof(SumOfQuarters), nameof(DistinctChildren)]);
}
