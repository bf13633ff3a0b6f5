using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Kpi
{
    /// <summary>The KPI feature's state in a session: what was computed, and the channels of the last CAC by channel.</summary>
    public sealed class KpiState : IFeatureState
    {
        public static string Key => "kpi";

        /// <summary>Every KPI the user computed, oldest first (the last <see cref="KpiRecord.Keep"/> are kept).</summary>
        public List<KpiRecord> History { get; set; } = new();

        /// <summary>The channels of the last /kpi channels with a CAC, each read as a channel of the plan (or asked about).</summary>
        public List<ChannelCac> ChannelCacs { get; set; } = new();
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Kpi;

    public static class KpiSession
    {
        extension(Session session)
        {
            public List<KpiRecord> KpiHistory
            {
                get => session.Features.Get<KpiState>().History;
                set => session.Features.Get<KpiState>().History = value;
            }

            public List<ChannelCac> ChannelCacs
            {
                get => session.Features.Get<KpiState>().ChannelCacs;
                set => session.Features.Get<KpiState>().ChannelCacs = value;
            }

            /// <summary>
            /// Numbers free text gave without enough for a metric ("spent 90 000 on ads"), by slot, waiting for the lone
            /// number that completes them: the session's <see cref="Session.MenuNote"/>, which the engine keeps for the
            /// very next text typed in the menu only.
            /// </summary>
            public string? PendingKpiNumbers
            {
                get => session.MenuNote;
                set => session.MenuNote = value;
            }
        }
    }
}
