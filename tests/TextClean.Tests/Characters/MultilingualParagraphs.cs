namespace TextClean.Tests.Characters;

/// <summary>Clean paragraphs in many scripts and languages, written for these tests, to be damaged at test
/// time (<see cref="MojibakeDamage"/>) and to check that clean text is left alone.</summary>
public static class MultilingualParagraphs
{
    public static IReadOnlyList<string> All { get; } =
    [
        // French
        "L’été dernier, la municipalité a décidé de rénover l’église Saint-Étienne : les travaux coûteront près de 2,5 millions d’euros, selon le maire.",
        "« Ça ne se passera pas comme ça », a déclaré la ministre à l’issue du conseil, où l’on a évoqué la réforme des retraites et la hausse des prix à la pompe.",
        "Voilà déjà trois ans que le festival a lieu à Besançon ; cette année, il accueillera 40 000 spectateurs, soit 15 % de plus qu’en 2022.",
        // German
        "Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für Wärmepumpen zu erhöhen. „Das ist ein wichtiger Schritt“, sagte der Minister in Berlin.",
        "Straßenbahnen in Köln und Düsseldorf fallen wegen des Streiks aus; Fahrgäste müssen mit erheblichen Verspätungen rechnen, teilte die Gesellschaft mit.",
        // Spanish
        "El presidente anunció el martes que España invertirá 1.200 millones de euros en energías renovables. ¿Será suficiente para cumplir los objetivos? ¡Veremos!",
        "La niña pequeña comió piña y jamón en el año nuevo; su abuelo, que nació en Logroño, contó historias de la guerra.",
        // Portuguese
        "O governo de São Paulo anunciou na terça-feira um novo programa de habitação. A expectativa é que as obras comecem já no próximo mês, disse a secretária.",
        "NÃO HÁ NADA A DECLARAR, respondeu o porta-voz à imprensa, antes de voltar às reuniões sobre a política de saúde pública.",
        // Italian
        "La città di Firenze ha registrato un aumento del 12% dei turisti rispetto all’anno scorso; è il risultato più alto dal 2019, perché l’offerta è cresciuta.",
        // Polish
        "Prezydent podpisał ustawę o zmianie przepisów dotyczących ochrony środowiska. Źródła w rządzie twierdzą, że żółte kartki dla gmin wejdą w życie w przyszłym roku.",
        // Czech
        "Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda v úterý schválila návrh zákona o podpoře obnovitelných zdrojů energie.",
        // Slovak, Hungarian, Romanian
        "Ďalší ročník festivalu sa uskutoční v Košiciach; organizátori očakávajú viac ako päťtisíc návštevníkov.",
        "Az árvíztűrő tükörfúrógép sikeresen vizsgázott: a mérnökök szerint öt év múlva kerülhet sorozatgyártásba.",
        "Guvernul a aprobat miercuri ordonanța privind creșterea salariilor în învățământ, a anunțat purtătorul de cuvânt.",
        // Turkish
        "İstanbul’da düzenlenen zirvede liderler iklim değişikliğiyle mücadele için yeni bir anlaşma imzaladı; ılımlı açıklamalar şaşırttı.",
        // Baltic
        "Latvijas valdība otrdien apstiprināja jauno budžetu; ministre uzsvēra, ka ņemti vērā iedzīvotāju ieteikumi.",
        "Lietuvos prezidentas pareiškė, kad šalis ir toliau rems Ukrainą; įstatymo projektas bus svarstomas Seime.",
        // Nordic and Icelandic
        "Þór og Guðrún fóru til Reykjavíkur í gær; veðrið var kalt en þau skemmtu sér vel á tónleikunum í Hörpu.",
        "Regeringen i Stockholm föreslår höjda bidrag till Åland och Göteborg; förslaget får stöd av de flesta partier.",
        "Næste år åbner den nye bro mellem Aarhus og Ærø, oplyser ministeriet; prisen bliver cirka 4,5 mia. kr.",
        // Russian, Ukrainian, Serbian, Bulgarian
        "Правительство России в среду объявило о повышении пенсий на 7,5 процента. «Это важное решение», — заявил министр на пресс-конференции в Москве.",
        "Ёлка на главной площади города будет установлена к 20 декабря, сообщили в мэрии; в этом году её украсят 3000 игрушек.",
        "Уряд України ухвалив рішення про підвищення мінімальної зарплати; їхні пропозиції підтримали профспілки. Ґрунтовний аналіз з’явиться згодом.",
        "Влада Србије је у четвртак усвојила нови закон о ђачким стипендијама; џепарац ће бити повећан за њих.",
        "Българското правителство одобри бюджета за следващата година, съобщиха от финансовото министерство.",
        // Greek
        "Η κυβέρνηση ανακοίνωσε την Τετάρτη νέα μέτρα για τη στήριξη των νοικοκυριών. «Είναι μια σημαντική απόφαση», δήλωσε ο υπουργός στην Αθήνα.",
        // Hebrew, Arabic, Persian (right to left)
        "הממשלה אישרה ביום רביעי את התקציב החדש; שר האוצר אמר כי מדובר בצעד חשוב לכלכלה הישראלית.",
        "أعلنت الحكومة يوم الأربعاء عن خطة جديدة لدعم الأسر، وقال الوزير إن القرار سيدخل حيز التنفيذ الشهر المقبل.",
        "دولت روز چهارشنبه برنامه‌ای تازه برای حمایت از خانواده‌ها اعلام کرد.",
        // Japanese, Chinese, Korean
        "東京都は水曜日、新しい防災計画を発表した。知事は「都民の安全を最優先にする」と述べた。",
        "政府周三宣布了一项新的经济刺激计划，预计将在明年第一季度实施。专家表示，这将有助于稳定就业。",
        "정부는 수요일 새로운 경제 정책을 발표했다. 장관은 “국민의 삶을 개선하기 위한 중요한 조치”라고 말했다.",
        // Vietnamese, Thai, Hindi
        "Chính phủ Việt Nam hôm thứ Tư đã công bố kế hoạch mới nhằm hỗ trợ các doanh nghiệp nhỏ và vừa.",
        "รัฐบาลไทยประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรในวันพุธที่ผ่านมา",
        "सरकार ने बुधवार को किसानों की सहायता के लिए नई योजना की घोषणा की।",
        // Emoji, ZWJ sequences, symbols, math, currency
        "Great game tonight 🎉🔥 — the whole family came 👨‍👩‍👧‍👦 and we waved the 🏳️‍🌈 flag! ❤️",
        "Prices rose 3.2% year on year: a coffee now costs €3.40 (£2.90, ¥480), and the index hit 102.5° on the scale ±0.3.",
        "The result holds for all x ≥ 0: ∑ aᵢ ≤ √n · ‖a‖, with equality iff a = λ·1 (see § 4.2 and Fig. 3×2).",
        "Café Müller™ and NESTLÉ® sponsored the event… “It’s a great day,” said the organiser – and everyone agreed.",
        // Combining marks
        "Decomposed accents still read well: Jose\u0301 and Zoe\u0308 met in Sa\u0303o Paulo, then wrote n\u0303 and a\u0300 by hand.",
    ];
}
