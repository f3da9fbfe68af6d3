namespace PreRecordedFx.MockServer.Seeding;

/// <summary>Small per-language word pools: enough to make transcripts that look like the language they claim.</summary>
internal static class Phrases
{
    /// <summary>The languages jobs are transcribed in, English most often.</summary>
    public static string[] Languages { get; } = ["en", "en", "en", "fr", "de", "es", "it", "pt", "nl"];

    public static IReadOnlyList<string> Words(string language) => language switch
    {
        "fr" => French,
        "de" => German,
        "es" => Spanish,
        "it" => Italian,
        "pt" => Portuguese,
        "nl" => Dutch,
        _ => English,
    };

    public static string Name(string language) => language switch
    {
        "fr" => "French",
        "de" => "German",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        "nl" => "Dutch",
        _ => "English",
    };

    private static readonly string[] English =
    [
        "we", "should", "ship", "the", "release", "next", "week", "customers", "asked", "about", "pricing",
        "can", "you", "share", "your", "screen", "budget", "looks", "good", "I", "think", "meeting", "agenda",
        "today", "numbers", "team", "really", "need", "feedback", "on", "this", "plan", "call", "later",
    ];

    private static readonly string[] French =
    [
        "nous", "devons", "livrer", "la", "version", "semaine", "prochaine", "les", "clients", "ont", "demandé",
        "le", "budget", "est", "bon", "je", "pense", "que", "réunion", "aujourd'hui", "équipe", "vraiment", "besoin",
        "retour", "sur", "ce", "plan", "appel", "plus", "tard",
    ];

    private static readonly string[] German =
    [
        "wir", "sollten", "das", "Release", "nächste", "Woche", "ausliefern", "die", "Kunden", "fragen", "nach",
        "Preisen", "Budget", "sieht", "gut", "aus", "ich", "denke", "Besprechung", "heute", "Team", "brauchen",
        "wirklich", "Rückmeldung", "zu", "diesem", "Plan", "später", "anrufen",
    ];

    private static readonly string[] Spanish =
    [
        "debemos", "lanzar", "la", "versión", "la", "próxima", "semana", "los", "clientes", "preguntaron", "por",
        "precios", "el", "presupuesto", "está", "bien", "creo", "que", "reunión", "hoy", "equipo", "necesitamos",
        "comentarios", "sobre", "este", "plan", "llamada", "luego",
    ];

    private static readonly string[] Italian =
    [
        "dobbiamo", "rilasciare", "la", "versione", "settimana", "prossima", "i", "clienti", "hanno", "chiesto",
        "prezzi", "il", "budget", "va", "bene", "penso", "che", "riunione", "oggi", "squadra", "serve", "davvero",
        "un", "parere", "su", "questo", "piano", "chiamata", "dopo",
    ];

    private static readonly string[] Portuguese =
    [
        "devemos", "lançar", "a", "versão", "semana", "que", "vem", "os", "clientes", "perguntaram", "sobre",
        "preços", "o", "orçamento", "está", "bom", "acho", "reunião", "hoje", "equipe", "precisamos", "muito",
        "de", "retorno", "neste", "plano", "ligação", "depois",
    ];

    private static readonly string[] Dutch =
    [
        "we", "moeten", "de", "release", "volgende", "week", "uitbrengen", "klanten", "vroegen", "naar", "prijzen",
        "het", "budget", "ziet", "er", "goed", "uit", "ik", "denk", "vergadering", "vandaag", "team", "hebben",
        "echt", "feedback", "nodig", "over", "dit", "plan", "bellen", "later",
    ];
}
