namespace YouthJustice.Kpi.Measures;

/// <summary>
/// A child's SEND/ALN records at the end of the order (kpi-rules §13.8): global rows of the first record with a need
/// identified, the first with a need identified and a formal plan, and the first record present at all; -1 for none.
/// </summary>
internal readonly record struct SendAtEnd(int IdentifiedRow, int PlanRow, int AnyRow);
