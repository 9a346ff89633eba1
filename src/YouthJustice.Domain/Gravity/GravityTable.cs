using System.IO;
using YouthJustice.Domain.Offences;

namespace YouthJustice.Domain.Gravity;

/// <summary>
/// An in-memory <see cref="IGravityTable"/>: built from entries, or read from CSV text with
/// <see cref="Parse(string, string, LocalDate, LocalDate?)"/>. <see cref="Sample"/> is the unverified illustration
/// shipped with the library.
/// </summary>
/// <remarks>
/// <para>
/// CSV columns (header row required, any order, names case-sensitive): <c>offence_code</c>, <c>description</c>,
/// <c>npcc_cgm_base</c> (1-5 or empty), <c>acpo_2013</c> (1-4 or empty), <c>verified</c> (<c>true</c>/<c>false</c>),
/// and optionally <c>yjb_category</c> (an <see cref="OffenceCategory"/> name or YJB code), <c>yjb_seriousness</c>
/// (the YJB seriousness score 1-8, a different scale kept side by side) and <c>source_note</c>. Other columns are ignored.
/// </para>
/// <para>Offence codes are matched ignoring case (decision DL4); a code may appear once.</para>
/// </remarks>
[Source("NPCC Child Gravity Matrix offence table; ACPO 2013 youth gravity factor matrix (offence scores are reference data, domain-rules §2.5)",
    Confidence = Confidence.Low)]
public sealed class GravityTable : IGravityTable
{
    /// <summary>The version of <see cref="Sample"/>.</summary>
    public const string SampleVersion = "UNVERIFIED-SAMPLE domain-rules §2.5";

    private const string SampleResource = "YouthJustice.Domain.Gravity.gravity-sample.csv";

    private static readonly string[] RequiredColumns = ["offence_code", "description", "npcc_cgm_base", "acpo_2013", "verified"];

    private static readonly Lazy<GravityTable> LazySample = new(LoadSample);

    private readonly ImmutableArray<GravityTableEntry> _entries;
    private readonly Dictionary<string, GravityTableEntry> _byCode;

    /// <summary>Creates a table from entries.</summary>
    /// <param name="version">The table's version; never blank.</param>
    /// <param name="effectiveFrom">The first day it applies.</param>
    /// <param name="effectiveUntil">The last day it applies, or <see langword="null"/> while current; not before <paramref name="effectiveFrom"/>.</param>
    /// <param name="entries">The offences; codes unique ignoring case, no nulls.</param>
    /// <exception cref="ArgumentException">A blank version, null or duplicate entry, or an end before the start.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public GravityTable(string version, LocalDate effectiveFrom, LocalDate? effectiveUntil, IEnumerable<GravityTableEntry> entries)
    {
        Version = Preconditions.CheckNotBlank(version, nameof(version));
        Preconditions.CheckArgument(
            effectiveUntil is null || effectiveUntil.Value >= effectiveFrom,
            nameof(effectiveUntil),
            string.Create(CultureInfo.InvariantCulture, $"The last day ({effectiveUntil:uuuu-MM-dd}) must not be before the first day ({effectiveFrom:uuuu-MM-dd})."));
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        _entries = Preconditions.CheckNotNull(entries, nameof(entries)).ToImmutableArray();
        _byCode = new Dictionary<string, GravityTableEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in _entries)
        {
            Preconditions.CheckArgument(entry is not null, nameof(entries), "Entries must not contain null.");
            Preconditions.CheckArgument(
                _byCode.TryAdd(entry!.OffenceCode, entry),
                nameof(entries),
                $"Offence code '{entry.OffenceCode}' appears more than once.");
        }
    }

    /// <summary>
    /// The illustrative table of domain-rules §2.5 (17 common offences with synthetic <c>SAMPLE-...</c> codes),
    /// shipped as the embedded resource <c>gravity-sample.csv</c>. <strong>Unverified</strong>: every entry has
    /// <see cref="GravityTableEntry.IsVerified"/> false and the scores are background-knowledge placeholders. Use it for
    /// examples and tests, never for real decisions.
    /// </summary>
    public static GravityTable Sample => LazySample.Value;

    /// <inheritdoc />
    public string Version { get; }

    /// <inheritdoc />
    public LocalDate EffectiveFrom { get; }

    /// <inheritdoc />
    public LocalDate? EffectiveUntil { get; }

    /// <inheritdoc />
    public bool IsVerified => _entries.All(e => e.IsVerified);

    /// <inheritdoc />
    public IReadOnlyList<GravityTableEntry> Entries => _entries;

    /// <inheritdoc />
    public bool AppliesOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <inheritdoc />
    public OneOf<GravityTableEntry, UnknownOffenceError> Find(string? offenceCode)
        => offenceCode is not null && _byCode.TryGetValue(offenceCode, out var entry)
            ? entry
            : new UnknownOffenceError(offenceCode, Version);

    /// <summary>Reads a table from CSV text (see the type's remarks for the columns).</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="version">The table's version; never blank.</param>
    /// <param name="effectiveFrom">The first day it applies.</param>
    /// <param name="effectiveUntil">The last day it applies, or <see langword="null"/>.</param>
    /// <returns>The table, or the first problem found with its line, column, value and what is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is blank or the dates are reversed.</exception>
    public static OneOf<GravityTable, GravityTableFormatError> Parse(string csv, string version, LocalDate effectiveFrom, LocalDate? effectiveUntil)
    {
        Preconditions.CheckNotNull(csv, nameof(csv));
        var records = GravityCsv.Read(csv).ToList();
        if (records.Count == 0)
        {
            return new GravityTableFormatError(1, RequiredColumns[0], null, "a header row naming " + string.Join(", ", RequiredColumns));
        }

        var header = records[0].Fields;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }

        foreach (var column in RequiredColumns)
        {
            if (!index.ContainsKey(column))
            {
                return new GravityTableFormatError(records[0].Line, column, null, "a header column named '" + column + "'");
            }
        }

        var parsed = new List<GravityTableEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in records.Skip(1))
        {
            string? Cell(string column)
                => index.TryGetValue(column, out var i) && i < fields.Length ? fields[i].Trim() : null;

            var code = Cell("offence_code");
            if (string.IsNullOrEmpty(code))
            {
                return new GravityTableFormatError(line, "offence_code", code, "a non-blank offence code");
            }

            if (!seen.Add(code))
            {
                return new GravityTableFormatError(line, "offence_code", code, "an offence code not already in the table");
            }

            var description = Cell("description");
            if (string.IsNullOrEmpty(description))
            {
                return new GravityTableFormatError(line, "description", description, "a non-blank description");
            }

            var cgmText = Cell("npcc_cgm_base");
            int? cgm = null;
            if (!string.IsNullOrEmpty(cgmText))
            {
                if (!TryScore(cgmText, ChildGravityScore.MinValue, ChildGravityScore.MaxValue, out var value))
                {
                    return new GravityTableFormatError(line, "npcc_cgm_base", cgmText, "a whole number 1-5, or empty");
                }

                cgm = value;
            }

            var acpoText = Cell("acpo_2013");
            int? acpo = null;
            if (!string.IsNullOrEmpty(acpoText))
            {
                if (!TryScore(acpoText, AcpoGravityScore.MinValue, AcpoGravityScore.MaxValue, out var value))
                {
                    return new GravityTableFormatError(line, "acpo_2013", acpoText, "a whole number 1-4, or empty");
                }

                acpo = value;
            }

            var categoryText = Cell("yjb_category");
            OffenceCategory? category = null;
            if (!string.IsNullOrEmpty(categoryText))
            {
                var parsedCategory = OffenceCategory.Parse(categoryText);
                if (parsedCategory.IsT1)
                {
                    return new GravityTableFormatError(line, "yjb_category", categoryText, "an offence category (" + string.Join(", ", parsedCategory.AsT1.AllowedValues) + "), or empty");
                }

                category = parsedCategory.AsT0;
            }

            var seriousnessText = Cell("yjb_seriousness");
            SeriousnessScore? seriousness = null;
            if (!string.IsNullOrEmpty(seriousnessText))
            {
                if (!TryScore(seriousnessText, SeriousnessScore.MinValue, SeriousnessScore.MaxValue, out var value))
                {
                    return new GravityTableFormatError(line, "yjb_seriousness", seriousnessText, "a whole number 1-8, or empty");
                }

                seriousness = new SeriousnessScore(value);
            }

            var verifiedText = Cell("verified");
            bool verified;
            if (verifiedText == "true")
            {
                verified = true;
            }
            else if (verifiedText == "false")
            {
                verified = false;
            }
            else
            {
                return new GravityTableFormatError(line, "verified", verifiedText, "'true' or 'false'");
            }

            parsed.Add(new GravityTableEntry(
                code,
                description,
                cgm is null ? null : new ChildGravityScore(cgm.Value),
                acpo is null ? null : new AcpoGravityScore(acpo.Value),
                verified,
                category,
                seriousness,
                Cell("source_note")));
        }

        return new GravityTable(version, effectiveFrom, effectiveUntil, parsed);
    }

    private static bool TryScore(string text, int min, int max, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static GravityTable LoadSample()
    {
        using var stream = typeof(GravityTable).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException("The embedded resource " + SampleResource + " is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), SampleVersion, new LocalDate(2023, 10, 1), null).Match(
            table => table,
            error => throw new InvalidOperationException("The embedded sample gravity table is invalid: " + error.Message));
    }
}
