// "Regole e fonti" page: interpretation decisions, known gaps and limits of each calculator (RULES.md).
// Loaded with that page only (src/ui/pages/rules-messages.ts), never in the first-load bundle.
export default {
  'rules.ruleset.version': 'Versione delle regole',
  'rules.ruleset.reviewed': 'Ultima revisione',
  'rules.cnel.notRecorded': 'non registrato (lacuna G13)',
  'rules.cnel.notApplicable': 'non applicabile: non è un contratto collettivo',

  'rules.disclaimer.title': 'Avvertenza',
  'rules.disclaimer.text':
    'Questa app è un aiuto al calcolo, non una consulenza legale, e non sostituisce un consulente del lavoro, un avvocato o il sindacato. Accordi aziendali o individuali possono prevedere condizioni migliori, e un rinnovo del contratto o una nuova legge possono cambiare le cifre. Prima di decidere, fai verificare il tuo caso da un professionista.',

  'rules.statuses.title': 'Come leggere le indicazioni sulle cifre',
  'rules.statuses.intro': 'Accanto a ogni cifra l’app dice da dove viene, con una di queste tre etichette.',
  'rules.statuses.origin': 'Provenienza della cifra',
  'rules.status.seed.more': 'Accanto trovi l’articolo del CCNL da cui è presa.',
  'rules.status.cited-source.more': 'Accanto trovi titolo e collegamento della fonte; se la fonte è secondaria, verifica sul testo ufficiale.',
  'rules.status.inferred.more': 'Accanto trovi il motivo della scelta e che cosa controllare: non presentarla come una certezza.',
  'rules.status.notCovered.label': 'Non coperto',
  'rules.status.notCovered.explain':
    'Il contratto scelto non ha una regola per questa domanda: l’app non dà nessun numero e indica dove cercare (il CCNL applicato, un consulente del lavoro).',
  'rules.flags.title': 'Avvertenze aggiuntive',
  'rules.flags.intro': 'Un’etichetta può avere accanto una o più di queste avvertenze.',
  'rules.flag.single-source.explain': 'La cifra compare in una sola fonte: nessun’altra la conferma.',
  'rules.flag.verify.explain': 'La cifra viene da una trascrizione secondaria: confrontala con il testo ufficiale.',
  'rules.flag.contested.explain': 'Le fonti danno risposte diverse: l’app segue quella indicata e lo dice.',
  'rules.flag.practice.explain': 'È la prassi comune nelle buste paga, non una regola scritta nella legge o nel contratto.',
  'rules.flag.statute-text-not-checked.explain': 'Durante la ricerca non è stato letto il testo ufficiale della norma (lacuna G8): controllalo su Normattiva.',

  'rules.decisions.title': 'Decisioni interpretative',
  'rules.decisions.intro':
    'Dove legge, CCNL e fonti lasciano un punto aperto, l’app segue queste scelte del progetto. Sono interpretazioni, non regole certe: per ognuna trovi il motivo e le fonti su cui si basa.',
  'rules.decisions.group': '{name}: {count:plural:# decisione|# decisioni}',
  'rules.group.general': 'Regole generali',
  'rules.reasonLabel': 'Perché:',
  'rules.sourcesLabel': 'Fonti:',
  'rules.noSources': 'nessuna fonte specifica (scelta di metodo del progetto)',

  'rules.decision.D-GEN-1.text':
    'Per il CCNL Unimpresa, le cifre che il testo non riporta (preavviso, prova, ferie, permessi, scatti) sono quelle del CCNL Terziario per gli operatori di vendita, segnate come interpretazione.',
  'rules.decision.D-GEN-1.reason': 'Il testo disponibile omette quegli articoli e la sua formulazione ricalca la sezione operatori di vendita del Terziario.',
  'rules.decision.D-GEN-2.text': 'Con «Solo legge», se la legge non fissa una cifra la risposta è «non coperto», con una spiegazione.',
  'rules.decision.D-GEN-2.reason': 'La legge rinvia la cifra al contratto collettivo (per esempio l’art. 2118 c.c. per il preavviso).',
  'rules.decision.D-GEN-3.text': 'Ogni interpretazione è mostrata con il suo grado di affidabilità: etichetta e avvertenze.',
  'rules.decision.D-GEN-3.reason': 'Chi usa l’app deve poter distinguere una cifra letta in un testo da una scelta del progetto.',
  'rules.decision.D-GEN-4.text':
    'Un dato mancante, di tipo sbagliato o fuori elenco è un «valore non valido»; un numero fuori dall’intervallo ammesso, o un periodo di ferie a cavallo di due anni, è un «valore fuori intervallo».',
  'rules.decision.D-GEN-4.reason': 'Devi capire se correggere il modulo o il dato, e ogni caso di prova deve attendersi un solo tipo di errore.',

  'rules.decision.D-NP-1.text':
    'Operatori di vendita: stesse cifre di preavviso nel CCNL Unimpresa e nel Terziario (30, 45 o 60 giorni); per le dimissioni c’è una sola fonte.',
  'rules.decision.D-NP-1.reason':
    'L’art. 53 del CCNL Unimpresa è omesso; la tabella del Terziario è la regola pubblicata più vicina, e le cifre per le dimissioni le riporta una sola fonte.',
  'rules.decision.D-NP-2.text':
    'Prima fascia fino al giorno del 5° anniversario dell’assunzione compreso; seconda dal giorno dopo fino al 10° anniversario compreso; poi la terza.',
  'rules.decision.D-NP-2.reason': '«5 anni compiuti» si raggiungono, non si superano, proprio nel giorno dell’anniversario.',
  'rules.decision.D-NP-3.text': 'Per chi è assunto il 29 febbraio, negli anni non bisestili l’anniversario cade il 28 febbraio.',
  'rules.decision.D-NP-3.reason': 'Anche negli anni non bisestili un anno di servizio deve finire; l’ultimo giorno di febbraio è la convenzione civile abituale.',
  'rules.decision.D-NP-4.text': 'Gli anni di servizio sono gli anni compiuti tra l’assunzione e il giorno in cui il preavviso è ricevuto.',
  'rules.decision.D-NP-4.reason': 'Le tabelle dei CCNL parlano di «anni di servizio compiuti».',
  'rules.decision.D-NP-5.text':
    'In entrambi i CCNL il preavviso decorre dal primo giorno 1 o 16 del mese che viene dopo la ricezione, mai dal giorno stesso.',
  'rules.decision.D-NP-5.reason': 'La regola del Terziario conta dal primo giorno utile dopo la ricezione; il testo Unimpresa non è noto.',
  'rules.decision.D-NP-6.text': 'Ultimo giorno di lavoro = inizio + giorni di preavviso − 1 + giorni di ferie goduti durante il preavviso.',
  'rules.decision.D-NP-6.reason': 'Art. 2109 c.c.: il preavviso non si può computare nelle ferie, quindi le ferie lo sospendono.',
  'rules.decision.D-NP-7.text': 'Durante la prova o per giusta causa il preavviso non è dovuto: zero giorni, nessuna data.',
  'rules.decision.D-NP-7.reason': 'Gli artt. 2096 e 2119 c.c. consentono in questi casi il recesso senza preavviso.',
  'rules.decision.D-NP-8.text': 'Con «Solo legge» la durata del preavviso è «non coperta».',
  'rules.decision.D-NP-8.reason': 'L’art. 2118 c.c. non indica una durata: la lascia ai contratti collettivi, agli usi o all’equità.',

  'rules.decision.D-LV-1.text': 'In entrambi i CCNL le ferie sono 26 giorni lavorativi l’anno, contati su una settimana di 6 giorni.',
  'rules.decision.D-LV-1.reason':
    'È la cifra del Terziario (scheda del sindacato e consulenti); l’art. 35 del CCNL Unimpresa è omesso tranne un paragrafo.',
  'rules.decision.D-LV-2.text': 'Ogni mese di calendario vale un dodicesimo se il periodo ne copre almeno 15 giorni.',
  'rules.decision.D-LV-2.reason': 'Il Terziario prevede il «rateo 15 giorni»; altri CCNL dicono «oltre 15», per questo la soglia è segnalata.',
  'rules.decision.D-LV-3.text':
    'Ferie nei CCNL = 26 × mesi/12 × fattore: 1 a tempo pieno e nel part-time orizzontale, giorni settimanali/6 nel part-time verticale.',
  'rules.decision.D-LV-3.reason':
    'Art. 7 D.Lgs. 81/2015: chi è in part-time verticale lavora meno giorni della settimana di 6, chi è in orizzontale lavora tutti i giorni con meno ore.',
  'rules.decision.D-LV-4.text':
    'Permessi nei CCNL: 32 ore di ex festività; ROL 56 ore fino a 15 dipendenti, 72 oltre. Per gli assunti dopo il 26 febbraio 2011 i ROL maturano al 0%, 50% o 100% secondo gli anni compiuti al 1° di ogni mese.',
  'rules.decision.D-LV-4.reason':
    'Clausola del Terziario sui permessi (con la gradualità introdotta dal rinnovo del 2011) e riproporzionamento del part-time (art. 7 D.Lgs. 81/2015).',
  'rules.decision.D-LV-5.text': 'Se manca il numero di dipendenti dell’azienda, i ROL non sono calcolati e l’app chiede il dato.',
  'rules.decision.D-LV-5.reason': 'I ROL dipendono dalla dimensione dell’azienda: un’ipotesi sarebbe sbagliata per molti.',
  'rules.decision.D-LV-6.text':
    'Con «Solo legge» le ferie sono 4 settimane: 4 × giorni lavorativi della settimana (5 se non indicati) × mesi/12; i permessi non sono calcolati.',
  'rules.decision.D-LV-6.reason':
    'L’art. 10 D.Lgs. 66/2003 fissa 4 settimane, non un numero di giorni, e la legge non prevede ore di permesso retribuito.',

  'rules.decision.D-SC-1.text': 'In entrambi i CCNL: uno scatto ogni 3 anni, al massimo 10.',
  'rules.decision.D-SC-1.reason': 'Art. 192 (oggi 205) del Terziario; l’art. 42 del CCNL Unimpresa è omesso.',
  'rules.decision.D-SC-2.text':
    'L’anzianità decorre dall’assunzione se avvenuta il 1° del mese, altrimenti dal 1° del mese dopo; ogni scatto si paga dal 1° del mese che segue il triennio compiuto.',
  'rules.decision.D-SC-2.reason':
    'È la prassi del commercio: lo scatto si paga dal mese dopo il triennio, e il mese di assunzione conta solo per chi è assunto il 1°.',
  'rules.decision.D-SC-3.text': 'Importi per livello dalla tabella del Terziario; quelli degli operatori di vendita sono da verificare.',
  'rules.decision.D-SC-3.reason':
    'Gli importi del Terziario sono fermi dal 1990; quelli degli operatori di vendita vengono solo da una trascrizione secondaria.',
  'rules.decision.D-SC-4.text': 'Con «Solo legge» gli scatti sono «non coperti».',
  'rules.decision.D-SC-4.reason': 'Nessuna legge prevede scatti di anzianità: esistono solo nei contratti collettivi.',
  'rules.decision.D-SC-5.text':
    'Livelli assunti prima del 28 marzo 1987 e operatori di vendita assunti prima del 1° giugno 1995: «non coperto». Chi è assunto proprio in quel giorno è coperto.',
  'rules.decision.D-SC-5.reason':
    'Per loro l’anzianità parte da una data convenzionale (legata anche all’età) su cui le fonti non concordano: contarla dall’assunzione sarebbe sbagliato.',

  'rules.decision.D-FT-1.text': 'Nei limiti ai contratti a termine i decimali da 0,5 in su si arrotondano per eccesso, gli altri per difetto (7,5 → 8).',
  'rules.decision.D-FT-1.reason': 'Lo prevede l’art. 23, comma 1, D.Lgs. 81/2015; al CCNL si applica per interpretazione.',
  'rules.decision.D-FT-2.text':
    'CCNL Unimpresa: tempo determinato 20% (almeno 4 fino a 15 dipendenti, 6 da 16 a 30), somministrazione 15% (almeno 2 o 5), insieme 6 fino a 15 dipendenti; 28% con la compensazione tra unità.',
  'rules.decision.D-FT-2.reason': 'Artt. 21 e 23 del CCNL: i numeri validi «in ogni caso» sono letti come minimi garantiti, anche nella compensazione.',
  'rules.decision.D-FT-3.text':
    'Per legge: tempo determinato 20% dell’organico stabile dell’intera azienda al 1° gennaio (almeno 1 fino a 5 dipendenti); con la somministrazione 30%, mai meno del limite dei contratti a termine.',
  'rules.decision.D-FT-3.reason': 'Artt. 23, comma 1, e 31, comma 2, D.Lgs. 81/2015; la circolare ministeriale 18/2014 calcola la base sull’intera azienda.',
  'rules.decision.D-FT-4.text': 'Con il CCNL Terziario i limiti sono, per ora, «non coperti».',
  'rules.decision.D-FT-4.reason': 'Le clausole del Terziario sui limiti non sono state ricercate: meglio rifiutare che indovinare.',
  'rules.decision.D-FT-5.text':
    'Sanzione: mesi, più uno se i giorni in più sono oltre 15; 20% della retribuzione mensile per mese se i lavoratori oltre il limite sono al massimo uno, 50% se sono più di uno.',
  'rules.decision.D-FT-5.reason': 'Art. 23, comma 4, D.Lgs. 81/2015: mese o frazione superiore a 15 giorni; uno o più lavoratori oltre il limite.',
  'rules.decision.D-FT-6.text': 'Accanto al risultato del CCNL c’è sempre quello di legge, con un avviso quando il CCNL consente di più.',
  'rules.decision.D-FT-6.reason':
    'Art. 51 D.Lgs. 81/2015 e circolare INL 3/2018: la deroga vale solo se i firmatari sono i più rappresentativi, e non è accertato.',

  'rules.decision.D-MON-1.text':
    'Le condizioni si valutano in ordine fisso e vale la prima che si verifica: nessun controllo possibile, rilevatore di presenze, monitoraggio dei singoli operatori, CRM che abbina solo la chiamata al cliente, strumento indispensabile per lavorare, scopo di controllare il rendimento; altrimenti serve l’accordo o l’autorizzazione.',
  'rules.decision.D-MON-1.reason':
    'Segue l’art. 4 dello Statuto e la lettura restrittiva dell’Ispettorato: il monitoraggio dei singoli operatori non è mai uno «strumento di lavoro».',
  'rules.decision.D-MON-2.text':
    'Procedura: accordo con RSA o RSU, se ci sono; in alternativa, con unità in più province, accordo con i sindacati nazionali; senza accordo, autorizzazione dell’Ispettorato territoriale, o della sede centrale INL se gli Ispettorati competenti sono più d’uno.',
  'rules.decision.D-MON-2.reason':
    'Art. 4, comma 1, dello Statuto come modificato nel 2015–2016: prima l’accordo, poi l’autorizzazione, della sede centrale quando sono coinvolti più Ispettorati.',
  'rules.decision.D-MON-3.text':
    'L’obbligo di informare per iscritto i lavoratori vale quando l’esito è «strumento di lavoro» o «serve l’accordo»; il probabile diniego riguarda solo il monitoraggio dei singoli operatori.',
  'rules.decision.D-MON-3.reason':
    'Il comma 3 regola l’uso dei dati degli strumenti dei commi 1 e 2; fuori dall’art. 4 vale solo il GDPR, e uno strumento non ammesso non va usato affatto.',

  'rules.gaps.title': 'Lacune note',
  'rules.gaps.intro': 'Che cosa manca alle ricerche su cui si basa l’app, e come l’app ne tiene conto.',
  'rules.gap.missingLabel': 'Che cosa manca:',
  'rules.gap.consequenceLabel': 'Effetto nell’app:',
  'rules.gap.G1.title': 'Articoli del CCNL Unimpresa omessi',
  'rules.gap.G1':
    'Il testo disponibile omette gli articoli su inquadramento (15), prova (17, 22), ferie e permessi (35, salvo «Irrinunciabilità»), scatti e formazione (42–45), retribuzione, elemento di garanzia, provvigioni, tredicesima e quattordicesima (48–51), preavviso (53), TFR (54) e contratti a termine in zone turistiche, nuove attività e precedenza (25–27). I testi completi non sono stati trovati.',
  'rules.gap.G1.consequence': 'Quelle cifre sono del Terziario, sezione operatori di vendita, segnate come interpretazione, con l’avviso che vengono da un altro contratto.',
  'rules.gap.G2.title': 'CCNL viaggiatori e piazzisti del 1978 e del 1988',
  'rules.gap.G2': 'Dei CCNL Confcommercio per viaggiatori e piazzisti del 1978 e del 1988 si sono potuti leggere solo i primi articoli.',
  'rules.gap.G2.consequence': 'Si usano le cifre del Terziario; l’inquadramento è confermato dal testo del 1988 e dalla sintesi del 2021.',
  'rules.gap.G3.title': 'Dimissioni degli operatori di vendita',
  'rules.gap.G3': 'Il preavviso per dimissioni degli operatori di vendita viene da una sola fonte; la scheda del sindacato per loro riporta solo licenziamento e prova.',
  'rules.gap.G3.consequence': 'Avvertenza «Una sola fonte»; si usano le stesse cifre del licenziamento.',
  'rules.gap.G4.title': 'Importi degli scatti',
  'rules.gap.G4':
    'Gli importi degli scatti del Terziario diversi dal IV livello (compresi 15,50 € e 14,46 € degli operatori di vendita) vengono da una trascrizione secondaria del testo coordinato del sindacato.',
  'rules.gap.G4.consequence': 'Avvertenza «Fonte secondaria – verifica sul testo ufficiale».',
  'rules.gap.G5.title': 'Limiti Unimpresa sui contratti a termine',
  'rules.gap.G5':
    'Artt. 21 e 23 del CCNL Unimpresa: non è chiaro come si arrotonda, che cosa significa «organico … nell’esercizio precedente», se i minimi si aggiungono alla percentuale o la sostituiscono, né che cosa dice l’art. 24, illeggibile.',
  'rules.gap.G5.consequence': 'Decisioni D-FT-1 e D-FT-2, segnate come interpretazione; il risultato di legge è sempre mostrato.',
  'rules.gap.G6.title': 'Rappresentatività dei firmatari Unimpresa',
  'rules.gap.G6': 'Non è noto se Unimpresa e Confail siano comparativamente più rappresentative (art. 51 D.Lgs. 81/2015).',
  'rules.gap.G6.consequence': 'Nei contratti a termine un avviso dice che il limite di legge è la risposta prudente.',
  'rules.gap.G7.title': 'Rinnovo del CCNL Unimpresa',
  'rules.gap.G7': 'Non è stato trovato un rinnovo del CCNL Unimpresa del 2021, scaduto il 14 marzo 2024.',
  'rules.gap.G7.consequence': 'Ogni risultato con il CCNL Unimpresa avvisa che il contratto è scaduto ed è considerato ancora applicato (ultrattività).',
  'rules.gap.G8.title': 'Testi di legge non letti',
  'rules.gap.G8':
    'Non sono stati letti parola per parola: art. 4, comma 3, dello Statuto; art. 5 D.Lgs. 185/2016; artt. 38 e 40 D.Lgs. 81/2015; art. 18-bis D.Lgs. 66/2003; artt. 2096 e 2119 c.c.; artt. 13, 35, 83 e 88 del GDPR; linee guida del Garante del 1° marzo 2007.',
  'rules.gap.G8.consequence': 'Le cifre interessate hanno l’avvertenza «Testo di legge non ancora verificato»: confrontale con il testo ufficiale.',
  'rules.gap.G9.title': 'Malattia nel preavviso di dimissioni; ROL degli operatori di vendita',
  'rules.gap.G9':
    'Non è chiaro l’effetto della malattia sul preavviso di dimissioni, né se i ROL spettino agli operatori di vendita: il loro orario non si misura come quello degli impiegati e l’art. 33 è omesso.',
  'rules.gap.G9.consequence': 'Un avviso nel preavviso; i ROL sono calcolati come nel Terziario, con un avviso per gli operatori di vendita.',
  'rules.gap.G10.title': 'Esempi pubblicati mancanti',
  'rules.gap.G10': 'Non ci sono esempi pubblicati con i numeri per gli scatti, le sanzioni sui contratti a termine e i limiti Unimpresa.',
  'rules.gap.G10.consequence': 'I casi di prova di questi calcoli sono ricavati dalle regole, non confrontati con esempi pubblicati.',
  'rules.gap.G11.title': 'Circolari INL lette in sintesi',
  'rules.gap.G11': 'Delle circolari INL 4/2017 e 2/2016 si sono lette solo sintesi, che concordano tra loro.',
  'rules.gap.G11.consequence': 'Sono presentate come posizione dell’Ispettorato, non come legge.',
  'rules.gap.G12.title': 'Limiti del Terziario sui contratti a termine',
  'rules.gap.G12': 'Le clausole del Terziario sui limiti di contratti a termine e somministrazione non sono state ricercate.',
  'rules.gap.G12.consequence': 'Con il CCNL Terziario i limiti sono «non coperti» (D-FT-4).',
  'rules.gap.G13.title': 'Codici e collegamenti non registrati',
  'rules.gap.G13': 'Non sono stati registrati il codice CNEL del CCNL Unimpresa né i collegamenti ufficiali delle circolari INL e dei documenti del Garante.',
  'rules.gap.G13.consequence': 'Nell’elenco delle fonti compare «Collegamento non registrato»: i dati vanno completati prima del rilascio.',
  'rules.gap.G14.title': 'Dati facoltativi spesso omessi',
  'rules.gap.G14':
    'Due risposte di legge dipendono da dati facoltativi che spesso non vengono indicati: i giorni lavorativi della settimana (ferie) e l’organico stabile dell’intera azienda (base dei contratti a termine).',
  'rules.gap.G14.consequence': 'Si assumono 5 giorni e l’organico dell’unità produttiva, e l’app dice quale valore ha usato.',
  'rules.gap.G15.title': 'Anzianità di chi è assunto da molto tempo',
  'rules.gap.G15':
    'Per chi è assunto prima del 28 marzo 1987 (livelli) o del 1° giugno 1995 (operatori di vendita) l’anzianità parte da date convenzionali e regole sull’età, su cui le fonti non concordano.',
  'rules.gap.G15.consequence': 'Risposta «non coperto» (D-SC-5).',

  'rules.caveats.title': 'Riserve ancora aperte',
  'rules.caveat.1':
    'Permessi nel part-time verticale: l’app riproporziona per giorni (giorni/6). Riproporzionare per ore darebbe un altro risultato (3 giorni su una settimana di 5 giorni e 40 ore: 50% invece di 60%), perciò il fattore resta un’interpretazione.',
  'rules.caveat.2': 'L’art. 24 del CCNL Unimpresa («Limiti percentuali») è illeggibile e non contiene cifre: i limiti si basano sugli artt. 21 e 23.',
  'rules.caveat.3':
    'Nel Terziario alcune cifre sono più deboli di altre: importi degli scatti degli operatori di vendita (da verificare), formulazione esatta della regola del mese per gli scatti (interpretazione), dimissioni degli operatori di vendita (una sola fonte) e fattori del part-time (interpretazione). Per questo l’etichetta accompagna ogni cifra, non il contratto.',

  'rules.outOfScope.title': 'Che cosa i calcolatori non coprono',
  'rules.outOfScope.intro':
    'Per queste domande l’app non dà una risposta, o mostra solo un avviso: controlla il CCNL applicato o chiedi a un consulente del lavoro.',
  'rules.outOfScope.group': '{name}: {count:plural:# caso|# casi}',
  'rules.outOfScope.notice.1': 'La durata del preavviso con «Solo legge»: la legge non la fissa (non coperto).',
  'rules.outOfScope.notice.2': 'I contratti a termine: l’art. 2118 c.c. riguarda i contratti a tempo indeterminato, e il calcolatore presume uno di questi.',
  'rules.outOfScope.notice.3': 'La sospensione per malattia, infortunio o altri periodi protetti: l’app avvisa, ma non calcola.',
  'rules.outOfScope.notice.4': 'Qualifiche o CCNL diversi da quelli elencati.',
  'rules.outOfScope.notice.5': 'L’importo esatto dell’indennità sostitutiva del preavviso: se inserisci la retribuzione mensile l’app dà solo una stima.',
  'rules.outOfScope.notice.6':
    'Il preavviso di 15 giorni dell’art. 14 del CCNL Unimpresa riguarda il recesso dall’accordo di lavoro agile, non il rapporto di lavoro: qui non si usa mai.',
  'rules.outOfScope.leave.1': 'I permessi retribuiti con «Solo legge»: la legge non li prevede, e l’app lo segnala.',
  'rules.outOfScope.leave.2': 'Saldi tra ferie godute e maturate, riporti, pagamento delle ore non godute e valore in denaro delle ferie.',
  'rules.outOfScope.leave.3':
    'Assenze non retribuite che riducono la maturazione, settimane di 39 o 38 ore e part-time misto (giorni come nel verticale, retribuzione come nell’orizzontale).',
  'rules.outOfScope.leave.4': 'Permessi sindacali (art. 6 del CCNL Unimpresa), riposi compensativi dell’art. 34 e ogni altro tipo di permesso o congedo.',
  'rules.outOfScope.leave.5': 'Periodi a cavallo di due anni solari: dividili in due calcoli.',
  'rules.outOfScope.seniority.1': 'Gli scatti con «Solo legge»: nessuna legge li prevede (non coperto).',
  'rules.outOfScope.seniority.2': 'Promozioni e cambi di livello.',
  'rules.outOfScope.seniority.3': 'Importi per il part-time: l’importo indicato è quello del tempo pieno.',
  'rules.outOfScope.seniority.4': 'Periodi di sospensione che non contano per l’anzianità, per esempio l’aspettativa non retribuita.',
  'rules.outOfScope.seniority.5':
    'Le date convenzionali per i livelli assunti prima del 28 marzo 1987 e gli operatori di vendita assunti prima del 1° giugno 1995 (non coperto, D-SC-5).',
  'rules.outOfScope.seniority.6': 'Gli «scatti di competenza», cioè le frazioni di scatto maturate.',
  'rules.outOfScope.seniority.7': 'Gli arretrati.',
  'rules.outOfScope.fixed-term.1': 'I limiti del CCNL Terziario (non coperti).',
  'rules.outOfScope.fixed-term.2': 'Il conteggio dei contratti in corso e dell’eventuale eccedenza: i numeri li inserisci tu.',
  'rules.outOfScope.fixed-term.3': 'Stabilire quali contratti sono esclusi dai limiti.',
  'rules.outOfScope.fixed-term.4': 'I controlli su durata, causali, proroghe e intervalli tra un contratto e l’altro.',
  'rules.outOfScope.fixed-term.5': 'L’importo della sanzione dell’art. 40 D.Lgs. 81/2015 per la somministrazione oltre i limiti.',
  'rules.outOfScope.fixed-term.6': 'Gli artt. 22 e 25–27 del CCNL Unimpresa, omessi nel testo disponibile.',
  'rules.outOfScope.monitoring.1': 'I controlli difensivi dopo un fondato sospetto.',
  'rules.outOfScope.monitoring.2': 'Una verifica completa di conformità al GDPR.',
  'rules.outOfScope.monitoring.3': 'Le regole del Garante specifiche per biometria e videosorveglianza, oltre all’esito indicato.',
  'rules.outOfScope.monitoring.4':
    'I controlli via webcam nel lavoro agile (art. 14 del CCNL Unimpresa): ammessi solo nei limiti dell’art. 4 e in modo proporzionato; l’app li mostra solo come informazione.',
  'rules.outOfScope.monitoring.5': 'Il calcolo delle sanzioni per un caso concreto.',
  'rules.outOfScope.probation.1': 'La durata della prova con «Solo legge» per i contratti a tempo indeterminato: la legge fissa solo un tetto di sei mesi (non coperto); i contratti a termine iniziati prima del 12 gennaio 2025; le assunzioni prima del 2001.',
  'rules.outOfScope.probation.2': 'La validità del patto di prova (forma scritta, mansioni specifiche) e una prova più breve pattuita nel contratto individuale: il calcolatore dà il massimo del CCNL o della legge.',
  'rules.outOfScope.probation.3': 'Contratti successivi o rinnovati per le stesse mansioni (nessuna nuova prova): solo un’informazione.',
  'rules.outOfScope.probation.4': 'Part-time verticale, riposo settimanale in un giorno diverso dalla domenica, lavoro di domenica o nei festivi, chiusure aziendali e il santo patrono del comune.',
  'rules.outOfScope.probation.5': 'Apprendisti (l’art. 51 TDS usa la tabella del livello di destinazione), dirigenti, altri ruoli e altri CCNL; i limiti del R.D.L. 1825/1924 per alcuni impiegati (non studiati).',
  'rules.outOfScope.probation.6': 'Il testo degli artt. 17 e 22 del CCNL Unimpresa (solo titoli).',
  'rules.outOfScope.comporto.1': 'Il comporto con «Solo legge»: l’art. 2110 c.c. non fissa un numero di giorni (non coperto).',
  'rules.outOfScope.comporto.2': 'L’indennità di malattia (INPS e integrazione del CCNL), certificati, visite di controllo, ricoveri e ricadute.',
  'rules.outOfScope.comporto.3': 'L’effetto sulle finestre successive dell’aspettativa di 120 giorni o del congedo della L. 106/2025; l’aspettativa per tutta la durata dell’infortunio.',
  'rules.outOfScope.comporto.4': 'Un comporto diverso per disabilità, l’esclusione dei giorni di terapia salvavita, il comporto proporzionale del part-time (solo come testo).',
  'rules.outOfScope.comporto.5': 'La trasformazione dei giorni di malattia in ferie su richiesta del lavoratore; la malattia durante le ferie o il preavviso (vedi Preavviso).',
  'rules.outOfScope.comporto.6': 'Altri CCNL, il comporto «secco», i comporti espressi in mesi.',
  'rules.outOfScope.comporto.7': 'Il testo degli artt. 39–41 del CCNL Unimpresa (solo titoli).',

  'rules.sources.group.A': 'Codici e leggi',
  'rules.sources.group.B': 'Circolari, pareri e provvedimenti',
  'rules.sources.group.C': 'Sentenze',
  'rules.sources.group.D': 'Contratti collettivi e testi di partenza',
  'rules.sources.group.E': 'Esempi svolti e note di prassi',
  'rules.sources.groupCount': '{name}: {count:plural:# fonte|# fonti}',
  // Revision 2 (RULES.md section 11)
  'rules.revision2.title': 'Revisione 2 delle regole (1° dicembre 2026): che cosa è cambiato e perché',
  'rules.revision2.intro': 'Ogni cifra è stata ricontrollata sulle fonti pubblicate e i calcoli sono stati confrontati con una seconda realizzazione indipendente. I risultati salvati o condivisi con le regole precedenti lo segnalano.',
  'rules.revision2.item.1': 'Sanzione per i contratti a termine oltre il limite: l’importo mensile per lavoratore si arrotonda all’euro prima di moltiplicarlo per lavoratori e mesi, come fa l’Ispettorato (per esempio 1.029 € e non 1.030,22 €).',
  'rules.revision2.item.2': 'CCNL Terziario Confcommercio: la gradualità dei permessi ROL vale per chi è assunto dal 1° marzo 2011, secondo la nota di Confcommercio sul rinnovo; una fonte dice «dopo il 26 febbraio 2011», e la cifra è segnata come controversa.',
  'rules.revision2.item.3': 'Scatti di anzianità del CCNL Terziario: gli importi dei livelli dal quadro al VII sono confermati da una seconda tabella pubblicata; restano da verificare solo quelli degli operatori di vendita.',
  'rules.revision2.item.4': 'Controllo a distanza: che i provvedimenti dell’Ispettorato siano definitivi ora si legge nel testo di legge in vigore, non è più un’interpretazione.',
  'rules.revision2.item.5': 'Nessuna risposta vuota dopo la scadenza di un CCNL: un contratto collettivo resta in vigore fino al rinnovo, quindi dopo il 31 marzo 2027 l’app continua ad applicare le cifre del CCNL Terziario con un’avvertenza; un rinnovo diventerà una nuova riga datata.',
  'rules.revision2.item.6': 'Dati impossibili rifiutati con chiarezza: date prima del 1900 o dopo il 2199, numeri oltre un miliardo e oltre 366 giorni di ferie nel preavviso; un campo facoltativo lasciato vuoto vale come non indicato; oltre 50 anni di anzianità l’app chiede di controllare la data di assunzione.',
  'rules.revision2.item.7': 'Contratti a termine nel CCNL Terziario Confcommercio: i limiti ora sono calcolati (20% contratti a termine, 15% somministrazione, 28% insieme, con i minimi «in ogni caso»), lette in una trascrizione da verificare sul testo ufficiale.',
  'rules.revision2.item.8': 'CCNL Unimpresa: sopra i 15 dipendenti c’è anche un limite complessivo del 28% tra contratti a termine e somministrazione, letto come interpretazione in un articolo del testo in cui la cifra manca.',
  'rules.revision2.item.9': 'CCNL Unimpresa: il risultato principale è la «risposta prudente», per ogni limite il numero più basso tra CCNL e legge, perché non è noto se quel CCNL possa derogare ai limiti di legge.',
  'rules.revision2.item.10': 'Le avvertenze sulla scadenza di un CCNL compaiono solo con quel contratto, e mai nel controllo a distanza, che non dipende da un CCNL.',
  // RULES-probation-comporto.md 9.4 and 10.4.
  'rules.decision.D-PR-1.text': 'CCNL Terziario: quadri e livello I 6 mesi di calendario; livelli II–V 60 giorni di lavoro effettivo; VI e VII 45; operatori di vendita 60 giorni, contati come lavoro effettivo (dedotto).',
  'rules.decision.D-PR-1.reason': 'Guida, tabella trascritta e scheda sindacale concordano sui livelli; solo la scheda dà il dato degli operatori di vendita, senza unità.',
  'rules.decision.D-PR-2.text': 'CCNL Unimpresa: operatori di vendita 60 giorni di lavoro effettivo, ripresi dal Terziario (dedotto); altre qualifiche non esistono.',
  'rules.decision.D-PR-2.reason': 'Gli artt. 17 e 22 del testo Unimpresa sono solo titoli: vale la regola generale di ricorrere al Terziario.',
  'rules.decision.D-PR-3.text': 'Con la sola legge e un contratto a tempo indeterminato la durata non è calcolata: la legge fissa solo un tetto di sei mesi.',
  'rules.decision.D-PR-3.reason': 'Un tetto non è una durata: mostrarlo come risposta inviterebbe a una prova più lunga di quella del CCNL.',
  'rules.decision.D-PR-4.text': 'Un giorno di lavoro effettivo è un giorno della settimana lavorativa (lun–ven o lun–sab) che non è festivo e non cade in un’assenza.',
  'rules.decision.D-PR-4.reason': '«Lavoro effettivo» significa giorni davvero lavorati (Cass. 6915/2009); riposi e festività non lo sono; le assenze sospendono la prova.',
  'rules.decision.D-PR-5.text': 'Festività nazionali per legge, 4 ottobre dal 2026, Pasqua con il computo gregoriano; il santo patrono non è calcolato ma segnalato.',
  'rules.decision.D-PR-5.reason': 'L’elenco nazionale è fissato dalla legge; il patrono dipende dal comune del luogo di lavoro, che non è tra i dati.',
  'rules.decision.D-PR-6.text': 'La prova in mesi di calendario finisce il giorno prima dello stesso giorno sei mesi dopo, allungata dei giorni di assenza, anche di quelli caduti nel prolungamento.',
  'rules.decision.D-PR-6.reason': 'Una prova a calendario corre su riposi e festivi ma non sulla malattia (Cass. 23061/2007) e si prolunga quanto l’assenza.',
  'rules.decision.D-PR-7.text': 'Ogni assenza inserita sospende la prova; lo schermo ne chiede il tipo solo per mostrarne lo stato (ferie e altre assenze meno certe).',
  'rules.decision.D-PR-7.reason': 'L’effetto cambia solo in certezza, non nel conteggio.',
  'rules.decision.D-PR-8.text': 'Contratti a termine: un giorno ogni 15 giorni di calendario interi (primo e ultimo compresi), minimo 2, poi il tetto.',
  'rules.decision.D-PR-8.reason': '«Per ogni quindici giorni» dà un giorno per blocco completo: è l’arrotondamento che dà la prova più breve, la più favorevole secondo il Ministero.',
  'rules.decision.D-PR-9.text': 'Tetto 15 fino a sei mesi di contratto, 30 fino a meno di dodici, nessun tetto da dodici mesi; i mesi si misurano come la prova a calendario.',
  'rules.decision.D-PR-9.reason': '«Non superiore a sei mesi» e «inferiore a dodici mesi» sono mesi civili; con la divisione intera i tetti di fatto non scattano mai.',
  'rules.decision.D-PR-10.text': 'Si applica la prova del CCNL solo se finisce prima di quella di legge; a parità vale la legge.',
  'rules.decision.D-PR-10.reason': 'La legge cede alle clausole «più favorevoli», e per il Ministero più favorevole vuol dire più breve.',
  'rules.decision.D-PR-11.text': 'Contratti di dodici mesi o più: un giorno ogni 15 senza tetto (lettura del Ministero, contestata), con l’altra lettura, la prova del CCNL, sempre mostrata.',
  'rules.decision.D-PR-11.reason': 'La circolare 6/2025 e un consulente danno letture diverse: l’utente deve vederle entrambe.',
  'rules.decision.D-PR-12.text': 'Contratti a termine iniziati prima del 12 gennaio 2025: non coperti.',
  'rules.decision.D-PR-12.reason': 'Nessuna regola dava un numero per quei contratti; la durata del CCNL a tempo indeterminato esagererebbe la prova.',
  'rules.decision.D-PR-13.text': 'La prova non dura più del contratto: se le assenze la spingono oltre, finisce con il contratto.',
  'rules.decision.D-PR-13.reason': 'Il patto di prova è una clausola del contratto e finisce con esso.',
  'rules.decision.D-PR-14.text': 'Se non indicata, la settimana è di 6 giorni con un CCNL e di 5 con la sola legge; lo schermo dice sempre quale.',
  'rules.decision.D-PR-14.reason': 'I CCNL contano già su sei giorni (ferie 26, paga ÷ 26) e sei giorni danno la prova più breve.',
  'rules.decision.D-CO-1.text': 'CCNL Terziario: 180 giorni per la malattia, 180 a parte per l’infortunio, 120 giorni di aspettativa; per i contratti a termine la tutela finisce con il contratto. Unimpresa: le stesse cifre, dedotte.',
  'rules.decision.D-CO-1.reason': 'Le clausole trascritte e la scheda sindacale 2026 concordano; l’art. 41 Unimpresa è solo un titolo.',
  'rules.decision.D-CO-2.text': '«180 giorni in un anno solare» si contano nei 365 giorni che finiscono il giorno della verifica (contestato).',
  'rules.decision.D-CO-2.reason': 'La Cassazione legge l’anno solare come 365 giorni a ritroso, e lo sportello del sindacato firmatario conta dal giorno della verifica.',
  'rules.decision.D-CO-3.text': 'Tutti i giorni di malattia nel periodo si sommano, continui o in episodi separati.',
  'rules.decision.D-CO-3.reason': 'Cass. 5288/2023 sul Terziario, che ha superato la lettura contraria.',
  'rules.decision.D-CO-4.text': 'Conta ogni giorno di calendario coperto da un’assenza, una volta sola, solo dall’inizio del periodo al giorno della verifica.',
  'rules.decision.D-CO-4.reason': 'La pratica conta i giorni dei certificati; i giorni futuri non sono ancora assenze.',
  'rules.decision.D-CO-5.text': 'Con esattamente 180 giorni il lavoratore è ancora tutelato; dal 181° il comporto è superato.',
  'rules.decision.D-CO-5.reason': 'L’art. 175 consente il recesso «trascorso» il periodo, cioè dal giorno dopo.',
  'rules.decision.D-CO-6.text': 'Il giorno del superamento presume la malattia ogni giorno dopo la verifica e toglie i vecchi giorni che escono dal periodo.',
  'rules.decision.D-CO-6.reason': 'È il primo giorno in cui il datore potrebbe far valere il comporto, e mostra che le vecchie malattie lo spostano in avanti.',
  'rules.decision.D-CO-7.text': 'L’infortunio ha un suo conteggio di 180 giorni nello stesso periodo e non conta per la malattia.',
  'rules.decision.D-CO-7.reason': 'La dichiarazione del 1° gennaio 1995 rende i due periodi distinti.',
  'rules.decision.D-CO-8.text': 'Part-time: 180 giorni qualunque sia l’orario (contestato); la lettura proporzionale è mostrata come testo.',
  'rules.decision.D-CO-8.reason': 'Una fonte dice 180 «indipendentemente dall’orario», la trascrizione dell’art. 77 indica la proporzione.',
  'rules.decision.D-CO-9.text': 'Malattie gravi e disabilità sono avvertenze, non calcoli.',
  'rules.decision.D-CO-9.reason': 'Dipendono da fatti che i dati non contengono; un conteggio darebbe una certezza che la legge non dà.',
  'rules.decision.D-CO-10.text': 'Con un contratto a termine, se il superamento cadrebbe dopo la scadenza, lo schermo dice che il contratto scade prima.',
  'rules.decision.D-CO-10.reason': 'La tutela vale «nei limiti di scadenza del contratto»: la malattia non proroga il termine.',
  'rules.decision.D-CO-11.text': 'Con la sola legge il comporto non è calcolato.',
  'rules.decision.D-CO-11.reason': 'L’art. 2110 c.c. non fissa un numero di giorni.',
  'rules.decision.D-CO-12.text': 'L’aspettativa di 120 giorni è un’informazione: va chiesta prima di superare i 180 giorni, per raccomandata con i certificati.',
  'rules.decision.D-CO-12.reason': 'Segue una domanda e sospende il rapporto; il suo effetto sui periodi successivi non è nelle fonti.',
} satisfies Record<string, string>;
