using YouthJustice.Domain;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Disclosure;

/// <summary>
/// The rule for publishing small counts: counts from 1 to <see cref="Threshold"/> − 1 are hidden (primary
/// suppression), further cells are hidden so that no hidden cell can be recovered from a total (secondary
/// suppression), and shown counts may be rounded to a base.
/// </summary>
/// <remarks>
/// No YJB threshold for the KPI publications was found (kpi-rules §12). The defaults follow UK justice statistics
/// practice as summarised there: suppress non-zero counts below 5 and mark them <c>~</c>, as the MoJ's
/// <c>mojSuppression</c> tool does; rounding is off by default (MoJ has rounded administrative counts to the nearest
/// 10). Disclosure control applies to a published view only: validation always compares unsuppressed figures.
/// </remarks>
[Source("kpi-rules §12 (MoJ mojSuppression; Hansard written answer 13 May 2014)", Confidence = Confidence.Medium)]
public sealed class DisclosurePolicy
{
    /// <summary>The default policy: hide counts 1–4, mark them <c>~</c>, no rounding, zeros shown.</summary>
    public static readonly DisclosurePolicy Default = new(threshold: 5, roundingBase: null, marker: "~", suppressZeros: false);

    /// <summary>Creates a policy.</summary>
    /// <param name="threshold">Non-zero counts below this are suppressed; 1 or more (1 suppresses nothing).</param>
    /// <param name="roundingBase">Shown counts are rounded to the nearest multiple of this (halves up), or <see langword="null"/> for none; 2 or more.</param>
    /// <param name="marker">What is printed in place of a hidden count; not blank.</param>
    /// <param name="suppressZeros">Whether zero counts are also primary-suppressed.</param>
    public DisclosurePolicy(int threshold, int? roundingBase, string marker, bool suppressZeros)
    {
        Threshold = Preconditions.CheckRange(threshold, nameof(threshold), 1, 1_000);
        if (roundingBase is { } b)
        {
            Preconditions.CheckRange(b, nameof(roundingBase), 2, 1_000_000);
        }

        RoundingBase = roundingBase;
        Marker = Preconditions.CheckNotBlank(marker, nameof(marker));
        SuppressZeros = suppressZeros;
    }

    /// <summary>Non-zero counts below this are hidden.</summary>
    public int Threshold { get; }

    /// <summary>The rounding base for shown counts, or <see langword="null"/>.</summary>
    public int? RoundingBase { get; }

    /// <summary>The symbol printed for a hidden count.</summary>
    public string Marker { get; }

    /// <summary>Whether zero counts are hidden too.</summary>
    public bool SuppressZeros { get; }

    /// <summary>Whether <paramref name="count"/> must be hidden on its own (primary suppression).</summary>
    /// <param name="count">The true count.</param>
    /// <returns><see langword="true"/> when the count is below the threshold (and non-zero unless zeros are suppressed).</returns>
    public bool IsPrimarySuppressed(long count) => count < Threshold && (count > 0 || SuppressZeros);

    /// <summary>The count as shown when not hidden: rounded to <see cref="RoundingBase"/> where one is set.</summary>
    /// <param name="count">The true count.</param>
    /// <returns>The published count.</returns>
    public long Round(long count)
    {
        if (RoundingBase is not { } b)
        {
            return count;
        }

        var lower = count / b * b;
        return count - lower >= (b + 1) / 2 ? checked(lower + b) : lower;
    }
}
