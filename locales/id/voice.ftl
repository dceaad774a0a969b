## Youth voice (MNR capability 14): lesson ratings, the series question, quick polls, share with a friend.
## Every answer is a tap on a button; nobody is asked to type anything. Keep placeables identical in every locale.
## Indonesian has one plural form (CLDR "other"); the selectors keep only *[other].

## Rating a lesson (on the lesson-done screen)
btn-rate-h = 👍 Bermanfaat
btn-rate-u = 🤔 Kurang yakin
btn-rate-n = 👎 Kurang bermanfaat
rate-ask = Apakah pelajaran ini bermanfaat? Cukup satu ketukan.
rate-thanks = 💛 Terima kasih! Penilaianmu membantu membuat pelajaran ini lebih baik. Berubah pikiran? Ketuk saja pilihan lain.

## The one-tap question after a series
voice-ask = 🗣 <b>Satu pertanyaan singkat</b>: jawabanmu membantu tim program ini tahu apa yang penting bagimu. Ketuk salah satu saja.
voice-thanks = 💛 <b>Terima kasih!</b> Jawabanmu berarti. Kamu masih bisa mengubahnya: ketuk saja pilihan lain.

## Quick polls
btn-polls = 🗳 Polling singkat: sampaikan pendapatmu
poll-head =
    🗳 <b>Polling singkat</b>
    { $question }

    <i>Ketuk satu jawaban. Kamu bisa mengubahnya sampai { $closes }. Hasilnya hanya menampilkan total dari sedikitnya 5 orang, tidak pernah siapa menjawab apa.</i>
poll-new = 📣 Ada polling singkat baru, dan kami ingin tahu pendapatmu!
polls-none = Saat ini belum ada polling untukmu. Polling baru akan muncul di menumu.
polls-pick = 🗳 <b>Polling singkat</b>: pilih satu dan sampaikan pendapatmu.
btn-poll-results = 📊 Lihat hasilnya
btn-poll-change = ✏️ Ubah jawabanku
poll-answered = ✅ <b>Terima kasih, suaramu berarti!</b> Pilihanmu: <i>{ $answer }</i>
poll-change-until = Kamu bisa mengubah jawabanmu sampai { $closes }.
poll-results-country = 📊 <b>Hasil sementara di { $country }</b> ({ $total } jawaban)
poll-results-all = 📊 <b>Hasil sementara, semua negara</b> ({ $total } jawaban)
poll-results-country-hidden = 📊 Jawaban dari { $country } belum cukup untuk menampilkan hasil. Kami menunggu sampai sedikitnya 5 orang menjawab, supaya jawaban siapa pun tidak bisa ditebak. Cek lagi nanti, ya!
poll-results-all-hidden = 📊 Jawaban belum cukup untuk menampilkan hasil. Kami menunggu sampai sedikitnya 5 orang menjawab, supaya jawaban siapa pun tidak bisa ditebak. Cek lagi nanti, ya!

## Share with a friend
btn-share = 💌 Bagikan ke teman
btn-share-send = 📤 Kirim ke teman
share-intro =
    💌 <b>Bagikan ke teman</b>
    Kenal seseorang yang butuh ini? Teruskan pesan berikutnya kepadanya, atau ketuk <b>Kirim ke teman</b>.
share-count =
    { $count ->
       *[other] 🎉 { $count } teman bergabung lewat kamu!
    } Kami hanya menghitung jumlahnya, tidak pernah siapa orangnya.
share-count-none = Belum ada teman yang bergabung lewat tautanmu. Kami hanya menghitung jumlahnya, tidak pernah siapa orangnya.
share-text = Pelajaran singkat tentang cara tetap aman di internet, dan bantuan kapan pun kamu butuhkan.
share-message = 👋 Hai! Aku pakai bot ini: pelajaran singkat tentang cara tetap aman di internet, dan bantuan kapan pun kamu butuhkan. Coba, deh: { $link }
friend-welcome =
    👋 Hai! Temanmu membagikan bot ini kepadamu. Aku berbagi pelajaran singkat tentang cara tetap aman di internet, dan aku bisa menunjukkan tempat minta bantuan kapan saja.

    Pertama, pilih bahasamu.

## /mydata
mydata-ratings = Penilaian pelajaran: { $count }
mydata-voice-answers = Jawaban untuk pertanyaan singkat dan polling: { $count }
mydata-share =
    Tautan berbagimu: { $count ->
       *[other] { $count } teman bergabung lewat tautan ini
    } (hanya jumlahnya yang disimpan, tidak pernah siapa orangnya)
