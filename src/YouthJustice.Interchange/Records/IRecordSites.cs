namespace YouthJustice.Interchange.Records;

/// <summary>
/// Where a child keeps the sites of its accepted records, when the format can keep them more cheaply than one
/// <see cref="RecordReader"/> per record (a CSV row is its file and line). A child asks for a site only to report on a
/// record once the child is built (a data-quality warning), which few records need.
/// </summary>
internal interface IRecordSites
{
    /// <summary>Notes the next accepted record of <paramref name="kind"/> (read from <paramref name="record"/>, which may be reused afterwards).</summary>
    void Keep(InputItemKind kind, RecordReader record);

    /// <summary>The site of the <paramref name="index"/>-th accepted record of <paramref name="kind"/>, in the order kept.</summary>
    RecordReader SiteOf(InputItemKind kind, int index);
}
