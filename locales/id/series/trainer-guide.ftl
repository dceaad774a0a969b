## Series: Running a session with the bot (trainer-guide), for trainers and teachers.
## Structure: content/series/trainer-guide.yaml. Grounded in WeProtect's Model National Response (capability 13),
## the eSafety Commissioner's guidance for educators, NSPCC safeguarding guidance, UNICEF and the PSHE Association
## (paraphrased; sources in the yaml).
## Indonesian: "Anda" register, formal; glossary: trainer = fasilitator, cohort = kelompok, MNR (Model Respons Nasional).
## "safeguarding lead" has no single Indonesian school role: "penanggung jawab perlindungan anak" at the school.
## Bot labels as in locales/id: Minta bantuan, Kirim seri, Sekarang, Bermanfaat / Kurang yakin / Kurang bermanfaat.

s-trainer-guide-title = Memandu sesi dengan bot
s-trainer-guide-about = Empat pelajaran singkat untuk guru dan fasilitator: apa yang perlu disiapkan, cara memandu sesi, cara menindaklanjutinya, dan apa yang harus dilakukan jika seorang anak menceritakan kekerasan yang dialaminya.

## Lesson 1: Before the session

s-trainer-guide-before-title = Sebelum sesi
s-trainer-guide-before-intro =
    Bot ini memberikan pelajaran singkat beserta kuis kepada remaja (13-17 tahun) dan orang tua atau pengasuh, serta informasi bantuan di negara mereka kapan saja. Sesi Anda adalah bagian dari upaya yang lebih besar: MNR (Model Respons Nasional) WeProtect meminta setiap negara memiliki program edukasi yang memberi tahu anak, orang tua, dan tenaga profesional tentang hak mereka atas perlindungan, serta ke mana mencari bantuan dan melapor (kapabilitas MNR 13).

    Sesi yang baik direncanakan bersama sekolah, bukan sekadar disampaikan.
s-trainer-guide-before-intro-alt = Seorang fasilitator di samping papan klip dengan kotak-kotak bercentang, kalender, dan HP yang menampilkan tautan, dengan sebuah perisai.
s-trainer-guide-before-check-help =
    <b>Periksa informasi bantuan terlebih dahulu.</b> Buka bot sendiri, pilih negara tempat kelompok Anda tinggal, lalu ketuk <b>Minta bantuan</b>. Periksa yang ditampilkan: layanan bantuan anak, layanan pelaporan, dan nomor darurat.

    Lalu tambahkan jalur setempat: guru BK, penanggung jawab perlindungan anak, dan jalur rujukan nasional perlindungan anak. Jika ada yang kurang atau usang di bot, beri tahu tim program sebelum sesi.
s-trainer-guide-before-plan =
    <b>Sepakati rencana dengan penanggung jawab perlindungan anak</b> di sekolah:
    • seri dan pelajaran mana, dan alasannya
    • izin yang diperlukan sekolah, dan informasi untuk orang tua
    • usia: peserta harus berusia minimal 13 tahun (16 tahun di UE dan Inggris)
    • siapa yang hadir di ruangan, dan ruang tenang bagi yang perlu beristirahat
    • apa yang dilakukan jika seorang anak mengungkapkan kekerasan, selama atau setelah sesi
s-trainer-guide-before-q1 = Apa yang perlu dilakukan sebelum Anda membagikan tautan bergabung kepada sebuah kelas?
s-trainer-guide-before-q1-a = Unggah di grup chat siswa
s-trainer-guide-before-q1-a-why = Membagikan tautan adalah bagian yang mudah. Tanpa rencana yang disepakati dengan sekolah, tidak ada yang tahu harus berbuat apa jika seorang siswa terguncang atau mengungkapkan kekerasan.
s-trainer-guide-before-q1-b = Sepakati rencana dengan penanggung jawab perlindungan anak
s-trainer-guide-before-q1-b-why = Penanggung jawab perlindungan anak memahami prosedur sekolah dan jalur rujukan. Dengan rencana yang disepakati lebih dulu, semua orang tahu apa yang terjadi jika seorang anak membutuhkan bantuan.
s-trainer-guide-before-q1-c = Tidak ada: keselamatan diurus oleh bot
s-trainer-guide-before-q1-c-why = Bot menampilkan informasi bantuan kapan saja, tetapi tidak dapat menyelidiki atau mendampingi anak di ruangan. Itu tetap menjadi tugas Anda dan sekolah.
s-trainer-guide-before-cohort =
    <b>Buat kelompok.</b> Kirim /newcohort diikuti nama, misalnya /newcohort Kelas 9B. Di kartu kelompok, atur sasaran, bahasa, negara, dan zona waktu. Lalu bagikan tautan bergabung di kelas atau melalui saluran sekolah yang biasa.

    Anda akan melihat berapa orang yang bergabung, tetapi tidak pernah siapa mereka atau apa jawaban mereka. Setiap pelajaran memakan waktu sekitar lima menit; sisakan juga waktu untuk berdiskusi.
s-trainer-guide-before-q2 = Apa yang dapat Anda lihat tentang anggota kelompok Anda?
s-trainer-guide-before-q2-a = Nama dan jawaban kuis mereka
s-trainer-guide-before-q2-a-why = Bot ini dirancang agar fasilitator tidak pernah melihat siapa yang bergabung atau apa jawaban seseorang. Hal ini melindungi siswa, dan layak disampaikan kepada mereka.
s-trainer-guide-before-q2-b = Berapa yang bergabung, tidak pernah siapa
s-trainer-guide-before-q2-b-why = Fasilitator melihat jumlah anggota dan kemajuan pengiriman, tidak pernah nama atau jawaban. Anda dapat menyampaikan hal ini dengan jujur kepada siswa: ini membantu mereka berpartisipasi dengan leluasa.
s-trainer-guide-before-q2-c = Apa yang mereka ketik ke bot
s-trainer-guide-before-q2-c-why = Apa yang diketik remaja ke bot tidak pernah disimpan atau ditampilkan kepada siapa pun, termasuk Anda. Hanya jumlah yang sampai ke fasilitator.
s-trainer-guide-before-what-to-do =
    <b>Yang dapat Anda lakukan: daftar periksa</b>
    • Informasi bantuan di bot sudah diperiksa untuk negara kelompok Anda
    • Rencana sudah disepakati dengan penanggung jawab perlindungan anak
    • Izin dan informasi untuk orang tua sudah beres
    • Kelompok sudah dibuat dan tautan bergabung siap
    • Waktu sudah direncanakan, dan ruang tenang tersedia

    Tombol <b>Minta bantuan</b> di bot menampilkan layanan bantuan untuk setiap negara; 116 111 tersambung ke layanan bantuan anak di banyak negara.

## Lesson 2: During the session

s-trainer-guide-during-title = Selama sesi
s-trainer-guide-during-introduce =
    <b>Memperkenalkan bot.</b> Jaga nuansanya tetap positif: dunia daring adalah bagian dari hidup mereka, dan sesi ini tentang tetap memegang kendali, bukan tentang rasa takut. Sampaikan kepada kelompok:
    • isinya pelajaran dan kuis singkat, sesuai kecepatan masing-masing
    • Anda melihat berapa yang bergabung, tidak pernah siapa atau apa jawaban mereka
    • <b>Minta bantuan</b> di bot dapat dipakai kapan saja, dan /stop menghentikan pesan
    • tidak ada yang wajib membagikan hal pribadi
s-trainer-guide-during-introduce-alt = Seorang fasilitator menunjuk layar bergambar perisai dan gelembung chat sementara empat remaja memperhatikan.
s-trainer-guide-during-ground-rules =
    <b>Sepakati aturan dasar bersama</b>, dan kembalilah ke aturan itu:
    • saling mendengarkan dengan hormat
    • tanpa menyebut nama orang sungguhan, dan tidak perlu cerita pribadi
    • siapa pun boleh melewatkan giliran
    • apa yang dibicarakan di sini tidak menjadi bahan gosip

    Gunakan situasi rekaan (“apa yang bisa dilakukan remaja seusia kalian?”) alih-alih menanyakan kehidupan mereka sendiri. Sampaikan ke mana mereka dapat membawa kekhawatiran setelah kelas, secara pribadi.
s-trainer-guide-during-q1 = Seorang siswa mulai menceritakan kepada kelas sesuatu yang terjadi pada temannya, lengkap dengan nama. Apa yang Anda lakukan?
s-trainer-guide-during-q1-a = Membiarkannya: itu contoh nyata
s-trainer-guide-during-q1-a-why = Contoh nyata memang terasa kuat. Tetapi menyebut nama di depan kelas dapat membuka identitas seorang anak dan menyebarkan ceritanya lebih jauh.
s-trainer-guide-during-q1-b = Menghentikannya dengan ramah dan menawarkan bicara nanti
s-trainer-guide-during-q1-b-why = Jeda yang lembut melindungi privasi semua orang, dan aturan dasar membuatnya terasa wajar, bukan teguran. Tindak lanjuti secara pribadi: mungkin ini sebuah pengungkapan.
s-trainer-guide-during-q1-c = Menegurnya di depan kelas
s-trainer-guide-during-q1-c-why = Aturan itu penting, tetapi teguran di depan umum dapat mempermalukan siswa yang mungkin sedang mencari bantuan.
s-trainer-guide-during-questions =
    <b>Menjawab pertanyaan</b>
    • Jawab dengan sederhana dan jujur. “Saya belum tahu, akan saya cari tahu” adalah jawaban yang baik.
    • Sediakan cara bertanya tanpa nama, misalnya kotak pertanyaan.
    • Luruskan sikap menyalahkan saat Anda mendengarnya: mengirim foto tidak pernah berarti seseorang pantas diperas atau fotonya disebarkan.
    • Berpeganglah pada fakta dan langkah yang dapat diambil. Tanpa cerita yang menakutkan.
s-trainer-guide-during-distress =
    <b>Perhatikan tanda tertekan.</b> Sebagian siswa mungkin pernah mengalami apa yang sedang dibahas. Tandanya antara lain menjadi sangat diam, keluar ruangan, menangis, marah, atau bercanda secara tidak biasa.

    Izinkan siswa beristirahat tanpa perlu menjelaskan alasannya, dan pastikan ada orang dewasa yang ditunjuk untuk mendampinginya. Tindak lanjuti secara pribadi setelah sesi, dan sampaikan setiap kekhawatiran kepada penanggung jawab perlindungan anak.
s-trainer-guide-during-q2 = Seorang siswa tampak terguncang dan keluar saat pelajaran tentang pemerasan seksual. Apa yang paling membantu?
s-trainer-guide-during-q2-a = Melanjutkan, agar dia tidak merasa diperhatikan
s-trainer-guide-during-q2-a-why = Tidak menarik perhatian kepadanya memang baik. Tetapi siswa yang keluar dalam keadaan terguncang tidak boleh dibiarkan sendirian.
s-trainer-guide-during-q2-b = Orang dewasa yang ditunjuk segera menemuinya
s-trainer-guide-during-q2-b-why = Pendampingan yang tenang saat itu juga memastikan siswa aman dan tidak sendirian. Tindak lanjuti secara pribadi nanti, dan beri tahu penanggung jawab perlindungan anak jika Anda khawatir.
s-trainer-guide-during-q2-c = Menanyakan di depan kelas apa masalahnya
s-trainer-guide-during-q2-c-why = Bertanya di depan semua orang dapat mempermalukan siswa dan membuatnya enggan bercerita. Pendekatan secara pribadi lebih efektif.
s-trainer-guide-during-what-to-do =
    <b>Yang dapat Anda lakukan</b>
    • Perkenalkan bot secara positif, dan tunjukkan tombol <b>Minta bantuan</b>.
    • Sepakati aturan dasar: tidak ada yang membagikan cerita pribadi.
    • Jawab dengan sederhana, dan luruskan sikap menyalahkan.
    • Perhatikan tanda tertekan, dan tindak lanjuti secara pribadi.

    Akhiri setiap sesi dengan informasi ke mana mencari bantuan: orang dewasa yang dipercaya, penanggung jawab perlindungan anak, dan layanan bantuan anak (116 111 di banyak negara).

## Lesson 3: After the session

s-trainer-guide-after-title = Setelah sesi
s-trainer-guide-after-drip =
    <b>Lanjutkan pembelajaran.</b> Di kartu kelompok, ketuk <b>Kirim seri</b>. Pilih <b>Sekarang</b> untuk mengirim pelajaran berikutnya kepada setiap anggota, atau pengiriman bertahap: satu pelajaran setiap hari, atau setiap hari kerja, pada jam setempat yang Anda pilih.

    Jam tenang di malam hari tidak pernah dipakai, anggota yang bergabung belakangan mulai dari pelajaran pertama, dan siapa pun yang telah mengirim /stop tidak menerima apa pun.
s-trainer-guide-after-drip-alt = Kalender dengan hari-hari bercentang mengirim pelajaran ke tiga HP, dengan penilaian jempol di bawahnya.
s-trainer-guide-after-follow-up =
    <b>Tindak lanjut</b>
    • Diskusi singkat seminggu kemudian: apa yang mereka ingat, dan apa yang akan mereka lakukan?
    • Ingatkan semua orang ke mana mencari bantuan.
    • Tanyakan kepada penanggung jawab perlindungan anak: apakah ada yang muncul?
    • Jangkau orang tua juga: kelompok untuk orang tua dan pengasuh dapat menerima seri untuk orang tua, agar keluarga terus berbicara di rumah.
s-trainer-guide-after-q1 = Apa cara terbaik untuk melanjutkan pembelajaran?
s-trainer-guide-after-q1-a = Mengirim semua pelajaran sekaligus, larut malam
s-trainer-guide-after-q1-a-why = Cara ini menghemat waktu, tetapi tumpukan pelajaran mudah diabaikan, dan pelajaran yang jatuh pada jam tenang tetap menunggu sampai pagi.
s-trainer-guide-after-q1-b = Pengiriman harian, ditambah diskusi lanjutan
s-trainer-guide-after-q1-b-why = Satu pelajaran sehari pada jam yang wajar mudah diikuti, dan tindak lanjut singkat di kelas membantu pesan utama melekat.
s-trainer-guide-after-q1-c = Tidak ada lagi: satu sesi sudah cukup
s-trainer-guide-after-q1-c-why = Satu sesi adalah awal yang baik, tetapi pesan lebih melekat jika diulang dan dibicarakan kembali.
s-trainer-guide-after-feedback =
    <b>Kumpulkan umpan balik dengan aman.</b> Setelah setiap pelajaran, peserta dapat menilainya dengan satu ketukan (Bermanfaat, Kurang yakin, Kurang bermanfaat), dan setelah satu seri bot mengajukan satu pertanyaan singkat. Staf program juga dapat menjalankan polling singkat.

    Tidak ada yang mengetik apa pun, dan hasil hanya ditampilkan sebagai total jika minimal 5 orang menjawab. Bagikan temuan Anda kepada tim program, dan tanyakan juga kepada kelompok Anda apa yang membantu.
s-trainer-guide-after-q2 = Umpan balik mana yang dapat Anda gunakan tanpa membahayakan siswa?
s-trainer-guide-after-q2-a = Screenshot jawaban setiap siswa
s-trainer-guide-after-q2-a-why = Mungkin tampak cermat, tetapi cara ini membuka identitas siswa dan apa yang mereka ketahui atau alami. Total sudah memberi tahu apa yang Anda butuhkan.
s-trainer-guide-after-q2-b = Penilaian satu ketukan dari bot, sebagai total
s-trainer-guide-after-q2-b-why = Penilaian dan polling bersifat anonim bagi Anda dan hanya ditampilkan sebagai total, sehingga siswa dapat menjawab dengan jujur tanpa dapat dikenali.
s-trainer-guide-after-q2-c = Menanyai setiap siswa dengan lantang apa yang salah
s-trainer-guide-after-q2-c-why = Pertanyaan di depan umum dapat mempermalukan siswa dan membuat mereka enggan bersuara. Cara bertanya tanpa nama lebih efektif.
s-trainer-guide-after-what-to-do =
    <b>Yang dapat Anda lakukan</b>
    • Kirim seri secara bertahap pada jam yang wajar.
    • Rencanakan tindak lanjut singkat, dan tawarkan sesi untuk orang tua.
    • Tinjau total penilaian dan polling bersama tim program.
    • Berkoordinasilah dengan penanggung jawab perlindungan anak setelah setiap sesi.

    Ingatkan siswa tentang <b>Minta bantuan</b> di bot, orang dewasa yang mereka percaya, dan layanan bantuan anak (116 111 di banyak negara).

## Lesson 4: If a child discloses

s-trainer-guide-disclosure-title = Jika anak mengungkapkan kekerasan
s-trainer-guide-disclosure-listen =
    Seorang anak mungkin menceritakan sesuatu selama atau setelah sesi: secara langsung, lewat isyarat, atau seolah-olah terjadi pada “seorang teman”. Ini butuh keberanian besar, dan mungkin butuh lebih dari satu percakapan.

    <b>Dengarkan.</b> Tetap tenang, berikan perhatian penuh, dan biarkan dia bercerita sesuai kecepatannya. Jangan menyela, dan jangan mengajukan pertanyaan yang mengarahkan. Ulangi kata-katanya sendiri untuk menunjukkan bahwa Anda memahami. Katakan: “Kamu sudah melakukan hal yang benar dengan bercerita. Ini bukan salahmu.”
s-trainer-guide-disclosure-listen-alt = Seorang guru duduk di samping seorang remaja di sofa dan mendengarkan, dengan hati, gelembung percakapan, dan buku catatan di dekatnya.
s-trainer-guide-disclosure-no-secret =
    <b>Jangan menjanjikan kerahasiaan.</b> Jelaskan dengan ramah bahwa Anda tidak dapat merahasiakannya, tetapi hanya akan memberi tahu orang yang tugasnya membantu menjaga keselamatannya, dan sampaikan apa yang akan terjadi selanjutnya.

    <b>Jangan menyelidiki.</b> Jangan menanyainya secara mendetail, jangan meminta melihat HP-nya atau gambar apa pun, dan jangan pernah menyalin atau meneruskan gambar. Jangan menghubungi orang yang dia sebut. Itu tugas layanan perlindungan anak dan polisi.
s-trainer-guide-disclosure-q1 = Setelah kelas, seorang siswa bertanya: “Boleh saya cerita sesuatu kalau Bapak/Ibu janji tidak bilang siapa-siapa?” Apa jawaban Anda?
s-trainer-guide-disclosure-q1-a = “Saya janji. Kamu bisa percaya saya.”
s-trainer-guide-disclosure-q1-a-why = Anda ingin dia merasa aman untuk bercerita. Tetapi jika dia mengungkapkan bahaya, Anda harus meneruskannya, dan janji yang dilanggar dapat menghancurkan kepercayaannya.
s-trainer-guide-disclosure-q1-b = “Saya tak bisa janji, tapi hanya cerita ke yang bisa bantu.”
s-trainer-guide-disclosure-q1-b-why = Kejujuran sejak awal menjaga kepercayaannya: dia tahu apa yang akan terjadi sebelum memutuskan untuk bercerita, dan Anda dapat menepati kata-kata Anda.
s-trainer-guide-disclosure-q1-c = “Sebaiknya kamu cerita ke orang tuamu saja.”
s-trainer-guide-disclosure-q1-c-why = Orang tua dapat menjadi dukungan yang besar, tetapi anak itu memilih Anda, dan bahayanya mungkin melibatkan seseorang di rumah. Dengarkan dulu, lalu ikuti prosedur Anda.
s-trainer-guide-disclosure-act =
    <b>Bertindak pada hari yang sama</b>
    • Segera beri tahu penanggung jawab perlindungan anak. Jangan tinggalkan anak sendirian jika dia berisiko.
    • Jika anak dalam bahaya langsung, telepon nomor darurat.
    • Bersama penanggung jawab perlindungan anak, ikuti prosedur sekolah dan jalur rujukan nasional: layanan perlindungan anak, polisi, atau layanan pelaporan.
    • Tombol <b>Minta bantuan</b> di bot menampilkan layanan bantuan anak dan jalur pelaporan untuk setiap negara.
s-trainer-guide-disclosure-record =
    <b>Catat faktanya</b> sesegera mungkin:
    • tanggal, waktu, dan tempat, serta siapa yang hadir
    • apa yang dikatakan anak, dengan kata-katanya sendiri
    • apa yang Anda katakan dan lakukan, kepada siapa Anda melapor, dan kapan

    Jangan masukkan pendapat dan dugaan. Tanda tangani dan beri tanggal pada catatan, simpan sesuai prosedur, dan bagikan hanya kepada yang perlu tahu.
s-trainer-guide-disclosure-q2 = Manakah yang termasuk dalam catatan Anda?
s-trainer-guide-disclosure-q2-a = Pendapat saya tentang siapa yang bersalah
s-trainer-guide-disclosure-q2-a-why = Kepedulian Anda penting, tetapi pendapat dapat dipersoalkan dan dapat merugikan penyelidikan. Berpeganglah pada apa yang Anda lihat dan dengar.
s-trainer-guide-disclosure-q2-b = Kata-kata anak itu sendiri, dan apa yang saya lakukan
s-trainer-guide-disclosure-q2-b-why = Fakta dan kata-kata anak itu sendiri adalah yang dibutuhkan penanggung jawab perlindungan anak dan setiap penyelidikan. Tambahkan tanggal, waktu, dan kepada siapa Anda melapor.
s-trainer-guide-disclosure-q2-c = Ringkasan setelah saya bertanya lebih jauh
s-trainer-guide-disclosure-q2-c-why = Pertanyaan tambahan dapat membuat anak terguncang dan mengubah keterangannya. Dengarkan, jangan menyelidiki, dan tuliskan apa yang dia ceritakan.
s-trainer-guide-disclosure-yourself =
    <b>Jaga diri Anda.</b> Mendengar pengungkapan seperti ini dapat terus membekas. Wajar jika Anda merasa sedih, marah, atau ragu apakah Anda sudah bertindak dengan benar.

    Bicarakan dengan penanggung jawab perlindungan anak atau atasan Anda, dan manfaatkan dukungan untuk staf jika sekolah Anda menyediakannya, tanpa membagikan detail tentang anak melebihi yang diperlukan.
s-trainer-guide-disclosure-what-to-do =
    <b>Yang dapat Anda lakukan</b>
    Dengarkan, tetap tenang, dan percayai dia. Jangan menjanjikan kerahasiaan, dan jangan menyelidiki. Beri tahu penanggung jawab perlindungan anak pada hari yang sama dan ikuti jalur rujukan nasional. Catat faktanya dengan kata-kata anak itu sendiri. Setelah itu, jaga diri Anda.

    Dalam bahaya langsung: nomor darurat. Tombol <b>Minta bantuan</b> di bot menampilkan layanan bantuan untuk setiap negara; 116 111 tersambung ke layanan bantuan anak di banyak negara.
