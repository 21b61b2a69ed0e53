export default {
  'common.yes': 'Sì',
  'common.no': 'No',
  'warning.W-1': 'Il CCNL Unimpresa–Confail è scaduto il 14 marzo 2024 e non risulta rinnovato: l’app lo considera ancora applicato (ultrattività). Verifica se esiste un testo più recente.',
  'warning.W-2': 'Alcune cifre vengono dal CCNL Terziario Confcommercio (sezione operatori di vendita), perché l’articolo del CCNL Unimpresa non è disponibile: sono un’interpretazione.',
  'warning.W-3': 'Solo i CCNL firmati dai sindacati comparativamente più rappresentativi possono derogare ai limiti di legge (art. 51 D.Lgs. 81/2015) e la circolare INL 3/2018 chiede agli ispettori di ignorare le clausole degli altri. Non è noto se Unimpresa/Confail lo siano: il risultato di legge è la risposta prudente.',
  'warning.W-4': 'È un aiuto al calcolo, non una consulenza legale: accordi aziendali o individuali possono prevedere condizioni migliori. Nei casi dubbi rivolgiti a un consulente del lavoro.',
} satisfies Record<string, string>;
