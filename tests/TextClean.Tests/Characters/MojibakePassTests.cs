using System.Text.RegularExpressions;
using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

public class MojibakePassTests
{
    private static readonly MojibakePass Pass = new();

    [Theory]
    [InlineData("x")]    // plain text: the scan skips whole vectors
    [InlineData("’\n")]  // a non-ASCII character makes the scan look closer at its vector, and finds nothing there
    public void Finds_mojibake_at_any_position_after_any_filler(string filler)
    {
        for (var at = 1; at < 200; at++)
        {
            var text = filler + new string('x', at) + " caf\u00C3\u00A9 " + new string('x', 40);
            Assert.Equal(text.Replace("caf\u00C3\u00A9", "caf\u00E9", StringComparison.Ordinal), Pass.Apply(text));
        }
    }

    // Inputs and outputs are written with \u escapes where they hold controls: xunit re-encodes
    // InlineData strings at discovery.
    private static string Run(string escaped) => Pass.Apply(Regex.Unescape(escaped));

    [Theory]
    [InlineData("cafÃ©", "café")]                                                  // windows-1252
    [InlineData("Ã€ bientÃ´t, dit-il", "À bientôt, dit-il")]
    [InlineData("ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„", "Zażółć gęślą jaźń")]
    [InlineData("â€œQuotedâ€\u009D", "“Quoted”")]                                 // 1252's undefined 0x9D, read as its C1 control
    [InlineData("itâ\u0080\u0099s naÃ¯ve", "it’s naïve")]                         // Latin-1: C1 controls
    [InlineData("PĹ™Ă\u00ADliĹˇ ĹľluĹĄouÄŤkĂ˝", "Příliš žluťoučký")]                 // windows-1250
    [InlineData("PĹ\u0099Ă\u00ADliĹĄ ĹžluĹĽouÄ\u008DkĂ˝ kĹŻĹ\u0088", "Příliš žluťoučký kůň")] // iso-8859-2
    [InlineData("РџСЂРёРІРµС‚, РјРёСЂ", "Привет, мир")]                            // windows-1251
    [InlineData("Ξ•Ξ»Ξ»Ξ¬Ξ΄Ξ±", "Ελλάδα")]                                            // windows-1253
    [InlineData("Ä°stanbulâ€™da Ä±lÄ±mlÄ± bir gÃ¼n", "İstanbul’da ılımlı bir gün")] // windows-1254
    [InlineData("Lietuvos Seimas svarstys ÄÆstatymo projektÄ…", "Lietuvos Seimas svarstys įstatymo projektą")] // windows-1257
    [InlineData("Voc\u0393\uF8F9 fala portugu\u0393\uF8F9s?", "Você fala português?")]                 // windows-1253 as Windows decodes its undefined 0xAA
    [InlineData("\u00C4\u008Cesk\u0106\uF8FC vl\u0106\uF8FCda", "Česká vláda")]                     // windows-1257 as Windows decodes its undefined 0xA1
    [InlineData("Le g√¢teau √©tait d√©licieux", "Le gâteau était délicieux")]       // MacRoman
    [InlineData("Œ∑ ŒøŒπŒ∫ŒøŒ\u2126ŒøŒºŒØŒ±, ¬\u2126 cup", "η οικονομία, ½ cup")]           // MacRoman as Java and .NET read it: 0xBD is the ohm sign
    [InlineData("Le caf├⌐ est pr├¬t", "Le café est prêt")]                          // cp437
    [InlineData("─îe┼ítina", "Čeština")]
    public void Utf8_misread_through_a_code_page_is_repaired(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Run(input));
    }

    [Theory]
    [InlineData("Ð‘Ð¾Ñ€Ñ‰ Ð¸ Ñ‰Ð¸", "Борщ и щи")]                                   // Cyrillic
    [InlineData("Î‘Î¸Î®Î½Î±", "Αθήνα")]                                              // Greek
    [InlineData("×©×œ×•×\u009D ×¢×•×œ×\u009D", "שלום עולם")]                         // Hebrew
    [InlineData("×\u2022×\u2019×³×™×¨×¤×\u201D ×¦×\u201D×´×œ", "וג׳ירפה צה״ל")]           // Hebrew geresh and gershayim inside words
    [InlineData("Ч¤ЧЁЧ§ Ч\u201DЧі Ч\u2022Ч¦Ч\u201DЧґЧњ", "פרק ה׳ וצה״ל")]                       // through 1251: a letter with a geresh is a numeral
    [InlineData("×\u203A×ˇ×\u201C×¨×\u201D ×\u2018Öľ1", "כסדרה ב־1")]                             // through 1250: "Öľ" is its maqaf, not ISO-8859-2's tsere
    [InlineData("ΤµΦ€Φ\u2021Υ΅Υ¶ΥΈΦ\u201AΥ΄ Φ\u2021 Τ³ΥµΥΈΦ\u201AΥ΄Φ€Υ«ΥΈΦ\u201AΥ΄", "Երևանում և Գյումրիում")]  // Armenian through 1253: "և" ("and") is a one-letter word
    [InlineData("Ù…Ø±Ø\u00ADØ¨Ø§ Ø¨Ø§Ù„Ø¹Ø§Ù„Ù…", "مرحبا بالعالم")]                 // Arabic
    [InlineData("Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© and English", "العربية and English")]                 // right to left next to left to right
    [InlineData("Tiáº¿ng Viá»‡t", "Tiếng Việt")]                                    // Vietnamese
    [InlineData("æ—¥æœ¬èªžã\u0081®ãƒ†ã‚\u00ADã‚¹ãƒˆ", "日本語のテキスト")]             // Japanese
    [InlineData("Smile ðŸ˜€ please", "Smile 😀 please")]                            // emoji
    [InlineData("FamÃ\u00ADlia ðŸ‘¨â€\u008DðŸ‘©â€\u008DðŸ‘§ feliz", "Família 👨‍👩‍👧 feliz")] // a ZWJ sequence comes back whole
    [InlineData("JosÃ© and ZoÃ«", "José and Zoë")]
    [InlineData("naÃ¯ve Ã¿ and Ã¾", "naïve ÿ and þ")]                               // the last bytes of the page
    public void Every_script_comes_back(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Run(input));
    }

    [Theory]
    [InlineData("cafÃƒÂ©", "café")]                                                 // 1252 twice
    [InlineData("doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t", "doesn’t")]                               // 1252 three times
    [InlineData("a Г‚ВЈ5bn issue", "a £5bn issue")]                                 // 1252, then 1251
    public void Several_layers_are_undone(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Run(input));
    }

    [Theory]
    [InlineData("voilÃ  le travail", "voilà le travail")]                           // NBSP lost, its space kept
    [InlineData("Ã l’Ã©cole, jusqu’Ã demain", "à l’école, jusqu’à demain")]         // "à" keeps a space of its own
    [InlineData("com atenÃ§Ã£o Ã s crianÃ§as", "com atenção às crianças")]          // ...but not in Portuguese "às"
    [InlineData("Ð ÑƒÑ\u0081Ñ\u0081ÐºÐ¸Ð¹", "Русский")]                               // inside a word the space goes
    public void A_lost_no_break_space_byte_is_restored(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Run(input));
    }

    [Theory]
    [InlineData("â€œlossy decodingâ€\uFFFD", "“lossy decoding\uFFFD")]              // a lost byte stays lost: U+FFFD
    [InlineData("ItÃ?Â¢â?¬â?¢s", "It\uFFFD¢\uFFFD\uFFFDs")]                          // '?' where bytes were lost
    [InlineData("Hi í\u00A0½í¸\u008D", "Hi 😍")]                                    // CESU-8 surrogate pair
    [InlineData("\u0093quoted\u0094 and more\u0085", "“quoted” and more…")]         // C1 controls read as Latin-1
    [InlineData("undefined \u0081 stays", "undefined \u0081 stays")]                // 1252 has no character for 0x81
    [InlineData("Coatl\u0087n conf\u0092an", "Coatlán confían")]                     // MacRoman read as Latin-1: letters, not ‡ and ’
    public void Lossy_decoding_and_C1_controls(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Run(input));
    }

    [Fact]
    public void Only_the_bad_island_changes_in_good_text()
    {
        const string input = "Good text — with “quotes” and ½ — then a cafÃ© and more good text.";
        Assert.Equal("Good text — with “quotes” and ½ — then a café and more good text.", Pass.Apply(input));
    }

    // One field double-decoded by a CMS, the template's typography fine: the quotes, dashes, ellipses, € and ™
    // that clean text has in every encoding are no evidence against the repair beside them.
    [Theory]
    [InlineData("The cafÃ© “quotes”", "The café “quotes”")]
    [InlineData("The cafÃ© on the corner serves “proper” coffee.", "The café on the corner serves “proper” coffee.")]
    [InlineData("She called it naÃ¯ve — and she meant it.", "She called it naïve — and she meant it.")]
    [InlineData("He said â€œquotedâ€\u009D and left… or so it seemed.", "He said “quoted” and left… or so it seemed.")]
    [InlineData("The ZÃ¼rich office — opened in 2019 — employs 40.", "The Zürich office — opened in 2019 — employs 40.")]
    [InlineData("It’s the cafÃ© everyone’s talking about.", "It’s the café everyone’s talking about.")]
    [InlineData("AcmeCorp™ launches the naÃ¯ve “Smart” range.", "AcmeCorp™ launches the naïve “Smart” range.")]
    [InlineData("Joe’s cafÃ©…", "Joe’s café…")]
    [InlineData("“Ã‰tudes” — a new series", "“Études” — a new series")]
    [InlineData("Le cafÃ© est « bon » … dit-il.", "Le café est « bon » … dit-il.")]
    [InlineData("L’Ã©tÃ© dernier, c’était “magique”.", "L’été dernier, c’était “magique”.")]
    [InlineData("Der Preis für MÃ¼nchen: 12 € – günstig.", "Der Preis für München: 12 € – günstig.")]
    [InlineData("„Die GrÃ¶ÃŸe“, sagte er…", "„Die Größe“, sagte er…")]
    [InlineData("O cafÃ© em SÃ£o Paulo custa 5 € — “barato”.", "O café em São Paulo custa 5 € — “barato”.")]
    [InlineData("Price: 9,99 € (Ã¡gua incluÃ­da)", "Price: 9,99 € (água incluída)")]
    [InlineData("Das Motto „Take C.A.R.E“ steht fÃ¼r Neugier und bestärkt die Branche.", "Das Motto „Take C.A.R.E“ steht für Neugier und bestärkt die Branche.")] // the quotes are still good text around the island
    [InlineData("La niÃ±a y el niÃ±o “juegan” — ayer", "La niña y el niño “juegan” — ayer")]
    [InlineData("El niÃ±o, la seÃ±ora y el aÃ±o — “bien”…", "El niño, la señora y el año — “bien”…")]
    [InlineData("Ãœber “alles” – gut", "Über “alles” – gut")]
    [InlineData("The cafÃ© costs 5 – 10 €", "The café costs 5 – 10 €")]                       // a spaced dash only MacRoman reads, but MacRoman leaves the €
    [InlineData("Café crème and cafÃ©", "Café crème and café")]                             // accented letters in words beside the repair
    [InlineData("São Paulo: o cafÃ© é “ótimo”", "São Paulo: o café é “ótimo”")]
    [InlineData("The cafÃ© costs 5 – 10 dollars", "The café costs 5 – 10 dollars")]               // MacRoman's reading of the dash falls on "10"
    [InlineData("BeyoncÃ© – Formation", "Beyoncé – Formation")]
    [InlineData("PokÃ©mon Go – the craze", "Pokémon Go – the craze")]
    [InlineData("DrÃ¥ber – Bremer/Mccoy", "Dråber – Bremer/Mccoy")]
    [InlineData("Î•Î»Î»Î¬Î´Î± – “καλημέρα”", "Ελλάδα – “καλημέρα”")]                     // a clean word is judged per letter, up to its quote
    [InlineData("Ð¡Ð¾Ñ‡Ð¸ – “Россия”", "Сочи – “Россия”")]
    [InlineData("Î•Î»Î»Î¬Î´Î± “test” –", "Ελλάδα “test” –")]
    public void Mojibake_beside_clean_typography_is_repaired(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Run(input));
    }

    [Fact]
    public void Good_and_bad_lines_are_judged_each_on_its_own()
    {
        const string input = "Première ligne, correcte : « déjà vu ».\nDeuxiÃ¨me ligne, abÃ®mÃ©e.\nТретья строка — по-русски.\n"
            + "Ð§ÐµÑ‚Ð²ÐµÑ€Ñ‚Ð°Ñ\u008F Ð¸Ñ\u0081Ð¿Ð¾Ñ€Ñ‡ÐµÐ½Ð°.";
        Assert.Equal("Première ligne, correcte : « déjà vu ».\nDeuxième ligne, abîmée.\nТретья строка — по-русски.\nЧетвертая испорчена.", Pass.Apply(input));
    }

    // A line that ends in a word part and its hyphen is judged with the next line, as de-hyphenation will join
    // them: judged apart, each join let one more repair through on the next Fix, and a chain of them never settled.
    [Theory]
    [InlineData("NÂº 5 in the state-\nowned cafÃ©", "Nº 5 in the state-\nowned café")]           // one line once joined
    [InlineData("NÂº 5 in the state- \nowned cafÃ©", "Nº 5 in the state- \nowned café")]         // spaces before the break are joined across too
    [InlineData("NÂº 5 in the state-\t\r\nowned cafÃ©", "Nº 5 in the state-\t\r\nowned café")]
    [InlineData("NÂº 5 in the state-\n\nowned cafÃ©", "NÂº 5 in the state-\n\nowned café")]      // a paragraph apart: judged alone
    public void A_line_broken_after_a_hyphenated_word_part_is_judged_with_the_next(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(input));
    }

    // Real text that merely looks odd: nothing to repair, and the same instance comes back.
    [Theory]
    [InlineData("SÃO PAULO, JOÃO ESTÊVÃO e NÃO")]                                 // Portuguese capitals with Ã
    [InlineData("Þór og Guðrún")]                                                  // Icelandic
    [InlineData("Ça va ? « Oui » répond-il.")]                                      // French
    [InlineData("Er sagte: „Das ist gut“ – und ging.")]                             // German quotes
    [InlineData("(-1/2)! = √π and x ≥ 0, ∑ aᵢ ≤ √n")]                               // math
    [InlineData("Offering 5×£35 or €40, ¥500, 30°C ±2")]                            // currency and units
    [InlineData("Tiếng Việt rất đẹp, người Việt Nam")]                              // Vietnamese
    [InlineData("NESTLÉ® MARQUÉ… VOCÊ… ZZAJÉ’s")]                                    // capitals before symbols
    [InlineData("ВІКІ is Ukrainian for WIKI")]                                      // Cyrillic capitals
    [InlineData("Η ¨ανατροφή¨ δυστυχώς")]                                           // Greek diaeresis as quotes
    [InlineData("Ο Β΄ Παγκόσμιος Πόλεμος και η Γ΄ τάξη")]                            // Greek numeral signs
    [InlineData("a radius of 10 Å— and AHÅ™")]
    [InlineData("Bremer/Mccoy – DrÃ¥ber")]                                         // Latin-1's "Dråber" after a clean dash, or MacRoman's "РDr̴ber"
    [InlineData("JOÃO e NÃ©")]                                                      // a real Ã beside the pair
    [InlineData("├┤a┼┐a┼┐a┼┐a")]                                                   // line art
    [InlineData("OK??:(   `¬´    ):")]                                              // a face
    [InlineData("東京！すごい？「はい」")]                                              // fullwidth CJK punctuation
    [InlineData("👨‍👩‍👧 🏳️‍🌈 ❤️ 👍🏽")]                                                 // emoji, ZWJ, modifiers
    [InlineData("Jose\u0301 Zoe\u0308 a\u0300")]                                    // combining marks
    [InlineData("שלום עולם — مرحبا بالعالم")]                                         // right to left
    [InlineData("The code ÂŽ-7 and model KÂŽ")]                                    // odd, but no UTF-8 in it
    [InlineData("SÃO PAULO — A cidade “maior” do Brasil.")]                        // real Ã beside clean typography
    [InlineData("ÃGUA MINERAL – 500 ml – “sem gás”")]
    [InlineData("JOÃO E MARIA: “A história” — capítulo 1…")]
    [InlineData("Tiếng Việt — “rất đẹp” … 100 €")]
    [InlineData("© 2024 Café Müller™ – Alle Rechte vorbehalten.")]
    [InlineData("½ cup sugar, 30 °C, ±2 — “approx.”")]
    [InlineData("NESTLÉ® “Crème” — 2 × 100 g …")]
    [InlineData("There are a lot of Ã’s in mojibake text — “really”.")]             // ftfy's negative, with quotes
    [InlineData("SÃO PAULO — NÃ©")]                                                // a lone pair beside a real Ã is no repair, dash or not
    [InlineData("Þórður Guðjohnsen — “Ísland” 5 €")]
    [InlineData("İstanbul’da “Çalışma” — Şubat…")]
    [InlineData("Ã€ bientôt — à “demain”")]                                        // a lone pair beside real accented letters
    public void Real_text_that_looks_odd_is_left_alone(string input)
    {
        var text = Regex.Unescape(input);
        Assert.Same(text, Pass.Apply(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII, nothing to see")]
    [InlineData("日本語のテキストと中文")]
    public void Text_without_suspect_characters_is_the_same_instance(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    // The screen that lets clean text go at once: a lead character next to a letter or a dash with its
    // spaces ("word – word" is MacRoman's "Р" with a lost 0xA0) is no repair; nor is a lone accented letter.
    [Theory]
    [InlineData("It’s “quoted” — and this – that… done")]
    [InlineData("Smith – who – said it’s fine ‘again’ „so” «oui»")]
    [InlineData("Le café est prêt, naïve façade, Ærø, Øresund")]
    [InlineData("the students’? “Why?” – asked")]
    [InlineData("Москва — столица России. В Москве тепло.")]
    [InlineData("Do you have wiﬁ?")]                 // ﬁ reads as a MacRoman lead byte but is no suspect
    [InlineData("It’s here. Do you have wiﬁ? ﬂat")]
    public void Clean_typographic_text_is_the_same_instance(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    [Fact]
    public void Plausibility_costs_are_never_negative_as_the_clean_text_screen_assumes()
    {
        var random = new Random(3);
        const string alphabet = "aZ ?\n’“—–é©ÃÂâЖПαא\u0301\u00A0\u0085\uFFFD\u200B0€™";
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(1, 12)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(3) == 0 ? (char)random.Next(0x20, 0xD800) : alphabet[random.Next(alphabet.Length)];
            }

            Assert.True(TextClean.Characters.Mojibake.Plausibility.Cost(chars) >= 0, new string(chars));
        }
    }

    [Fact]
    public void Damage_is_found_at_any_offset_after_clean_text()
    {
        // Across vector boundaries of every width, after text the screen skips.
        for (var offset = 0; offset < 70; offset++)
        {
            var prefix = string.Concat(Enumerable.Repeat("it’s – “a”. ", 6))[..offset];
            Assert.Equal(prefix + "café crème", Pass.Apply(prefix + "cafÃ© crÃ¨me"));
            Assert.Equal(prefix + "it’s naïve", Pass.Apply(prefix + "itâ\u0080\u0099s naÃ¯ve"));
        }
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string input = "cafÃ© and \u0093quotes\u0094";
        var log = new ChangeLog();
        var output = Pass.Apply(input, log);
        Assert.Equal("café and “quotes”", output);
        Assert.Equal(3, log.Changes.Count);
        Assert.All(log.Changes, c => Assert.Equal("mojibake", c.Pass));
        Assert.Equal(output, ChangeLog.Replay(input, log.Changes));
    }

    [Fact]
    public void Repairs_are_idempotent()
    {
        foreach (var paragraph in MultilingualParagraphs.All)
        {
            foreach (var (_, damage) in MojibakeDamage.Chains)
            {
                if (damage(paragraph) is { } damaged)
                {
                    var once = Pass.Apply(damaged);
                    Assert.Equal(once, Pass.Apply(once));
                }
            }
        }
    }

    [Fact]
    public void Options_switch_off_the_extras()
    {
        var plain = new MojibakePass(new MojibakeOptions { RepairC1Controls = false, RestoreLostNoBreakSpace = false });
        Assert.Equal("\u0093quoted\u0094", plain.Apply("\u0093quoted\u0094"));
        Assert.Equal("café", plain.Apply("cafÃ©"));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Pass.Apply(null!));
    }

    /// <summary>Our own version of the held-out set: the seeds and the multilingual paragraphs, damaged at
    /// test time through every chain; the clean paragraphs must come back untouched.</summary>
    [Fact]
    public void Damaged_paragraphs_are_restored_and_clean_ones_left_alone()
    {
        var paragraphs = MultilingualParagraphs.All
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
                .SelectMany(File.ReadLines))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Distinct()
            .ToList();

        var changedClean = paragraphs.Where(p => Pass.Apply(p) != p).ToList();
        Assert.Empty(changedClean);

        var damaged = 0;
        var missed = new List<string>();
        foreach (var (name, damage) in MojibakeDamage.Chains)
        {
            foreach (var paragraph in paragraphs)
            {
                if (damage(paragraph) is not { } broken)
                {
                    continue;
                }

                damaged++;
                if (Pass.Apply(broken) != paragraph)
                {
                    missed.Add($"{name}: {paragraph}");
                }
            }
        }

        Assert.True(damaged > 300, $"only {damaged} damaged paragraphs");
        Assert.True(missed.Count <= damaged / 100, $"{missed.Count} of {damaged} not restored:\n{string.Join("\n", missed)}");
    }

    /// <summary>"Ã " is "à" with its lost 0xA0 byte read as a space, so "Ã Ã Ã ..." is one segment that grows a
    /// character at a time; each growth once re-read the whole segment (25,000 characters took 1.7 s, and
    /// this input about ten minutes). Now only the places whose look-ahead met the old end are read again.</summary>
    [Fact]
    public void A_segment_that_grows_a_character_at_a_time_takes_linear_time()
    {
        var input = string.Concat(Enumerable.Repeat("Ã ", 200_000));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("à", 200_000)), Pass.Apply(input));
    }
}
