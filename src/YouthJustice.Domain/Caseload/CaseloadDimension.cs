using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Caseload;

/// <summary>
/// A way of breaking a caseload down: by ethnicity group, age band, looked-after status or care status. Each dimension
/// knows its rows, in order, with a "Not known" row last.
/// </summary>
public abstract class CaseloadDimension : SmartEnum<CaseloadDimension>
{
    /// <summary>The YJB ethnicity groups, "Information not obtainable" as "Not known".</summary>
    public static readonly CaseloadDimension ByEthnicityGroup = new EthnicityGroupDimension();

    /// <summary>The caseload age bands 10–13, 14, 15, 16, 17+, and "Not known" (no date of birth, or under 10).</summary>
    public static readonly CaseloadDimension ByAgeBand = new AgeBandDimension();

    /// <summary>Looked after: "Yes", "No" (any other care status) and "Not known".</summary>
    public static readonly CaseloadDimension ByLookedAfter = new LookedAfterDimension();

    /// <summary>Every care status, and "Not known".</summary>
    public static readonly CaseloadDimension ByCareStatus = new CareStatusDimension();

    internal const string NotKnownKey = "NotKnown";
    internal const string NotKnownLabel = "Not known";

    private CaseloadDimension(string name, int value, string title)
        : base(name, value)
    {
        Title = title;
    }

    /// <summary>The dimension's heading ("Ethnicity", "Age").</summary>
    public string Title { get; }

    internal abstract IReadOnlyList<(string Key, string Label)> RowKeys { get; }

    internal abstract string KeyOf(CaseloadEntry entry);

    private sealed class EthnicityGroupDimension : CaseloadDimension
    {
        public EthnicityGroupDimension()
            : base(nameof(ByEthnicityGroup), 1, "Ethnicity")
        {
        }

        internal override IReadOnlyList<(string Key, string Label)> RowKeys { get; } =
            [.. EthnicityGroup.List.Where(g => g != EthnicityGroup.InformationNotObtainable).OrderBy(g => g.Value).Select(g => (g.Name, g.YjbLabel)), (NotKnownKey, NotKnownLabel)];

        internal override string KeyOf(CaseloadEntry entry)
            => entry.EthnicityGroup == EthnicityGroup.InformationNotObtainable ? NotKnownKey : entry.EthnicityGroup.Name;
    }

    private sealed class AgeBandDimension : CaseloadDimension
    {
        public AgeBandDimension()
            : base(nameof(ByAgeBand), 2, "Age")
        {
        }

        internal override IReadOnlyList<(string Key, string Label)> RowKeys { get; } =
            [.. AgeBandScheme.CaseloadProfile.Bands.Select(b => (b.Name, b.Label)), (NotKnownKey, NotKnownLabel)];

        internal override string KeyOf(CaseloadEntry entry) => entry.AgeBand?.Name ?? NotKnownKey;
    }

    private sealed class LookedAfterDimension : CaseloadDimension
    {
        public LookedAfterDimension()
            : base(nameof(ByLookedAfter), 3, "Looked after")
        {
        }

        internal override IReadOnlyList<(string Key, string Label)> RowKeys { get; } = [("Yes", "Yes"), ("No", "No"), (NotKnownKey, NotKnownLabel)];

        internal override string KeyOf(CaseloadEntry entry)
            => entry.CareStatus is null ? NotKnownKey : entry.CareStatus == CareStatus.LookedAfter ? "Yes" : "No";
    }

    private sealed class CareStatusDimension : CaseloadDimension
    {
        public CareStatusDimension()
            : base(nameof(ByCareStatus), 4, "Care status")
        {
        }

        internal override IReadOnlyList<(string Key, string Label)> RowKeys { get; } =
            [.. CareStatus.List.OrderBy(s => s.Value == 0 ? int.MaxValue : s.Value).Select(s => (s.Name, s.Label)), (NotKnownKey, NotKnownLabel)];

        internal override string KeyOf(CaseloadEntry entry) => entry.CareStatus?.Name ?? NotKnownKey;
    }
}
