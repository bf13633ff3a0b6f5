using Coach.Core.Dialogue;

namespace Coach.Core.Domain.CheckIns
{
    /// <summary>
    /// The weekly check-ins of a chat (domain §7: the weekly review): when they come, in the user's time zone, and the
    /// weeks answered so far. Stored whole with the session; <see cref="NextDueUtc"/> is what a scheduler looks for.
    /// </summary>
    public sealed class CheckInSettings : IFeatureState
    {
        public static string Key => "checkins";

        /// <summary>True while check-ins are on.</summary>
        public bool On { get; set; }

        /// <summary>The day of the week they come on, in the user's time zone.</summary>
        public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

        /// <summary>The hour they come at, 0-23, in the user's time zone.</summary>
        public int Hour { get; set; } = 10;

        /// <summary>The user's time zone as an offset from UTC, in minutes (Moscow is 180).</summary>
        public int OffsetMinutes { get; set; }

        /// <summary>The next scheduled check-in, in UTC; null while they are off.</summary>
        public DateTime? NextDueUtc { get; set; }

        /// <summary>The week (its first local day, yyyy-MM-dd) the last check-in sent by the schedule asked about: never two for one week.</summary>
        public string? SentWeek { get; set; }

        /// <summary>The week the check-in now open asks about; an answer, however late, counts for it.</summary>
        public string? AskedWeek { get; set; }

        /// <summary>True once check-ins were offered after the channel plan, so the offer is made once.</summary>
        public bool Offered { get; set; }

        /// <summary>The first week of the month under way (the next monthly review covers it and the weeks after); null before one is answered.</summary>
        public string? MonthFrom { get; set; }

        /// <summary>Monthly reviews given so far: every third one opens the quarterly review.</summary>
        public int MonthlyReviews { get; set; }

        /// <summary>The campaign money a month by channel the last monthly review proposed, until accepted; empty when none waits.</summary>
        public Dictionary<string, decimal> Proposal { get; set; } = new();

        /// <summary>The campaign money a month by channel as accepted from a monthly review: the channel plan splits by it.</summary>
        public Dictionary<string, decimal> Budgets { get; set; } = new();

        /// <summary>The weeks answered, oldest first; a skipped week is simply not there.</summary>
        public List<CheckInWeek> Weeks { get; set; } = new();
    }

    /// <summary>One week's answer: the week's first local day (yyyy-MM-dd), each channel's spend and new customers, and when it was given.</summary>
    public sealed record CheckInWeek(string Week, IReadOnlyList<CheckInRow> Rows, DateTime AnsweredUtc);

    /// <summary>What one plan channel spent in a week and the new customers it brought.</summary>
    public sealed record CheckInRow(string Channel, decimal Spend, decimal Customers);
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.CheckIns;

    public static class CheckInSettingsSession
    {
        extension(Session session)
        {
            /// <summary>The weekly check-ins: when they come, in the user's time zone, and the weeks answered.</summary>
            public CheckInSettings CheckIns
            {
                get => session.Features.Get<CheckInSettings>();
                set => session.Features.Set(value);
            }
        }
    }
}
