## Series: Games and livestreams (games-streams), for teens 13-17.
## Grounded in eSafety, Kids Helpline, CEOP Thinkuknow, Internet Matters and FBI guidance, paraphrased.
## Indonesian: "kamu" register; gaming words as Indonesian players say them (game, skin, voice chat, livestream).

s-games-streams-title = Game dan livestream
s-games-streams-about = Voice chat, permintaan pertemanan, hadiah, dan livestream: kenali trik yang dipakai orang untuk membangun kepercayaan atau utang, atur pengaturanmu dengan ketat, lalu keluar dan laporkan kalau ada yang janggal.

## Lesson 1: Voice chat and friend requests

s-games-streams-game-chat-title = Voice chat dan permintaan pertemanan
s-games-streams-game-chat-intro =
    Game adalah cara seru untuk nongkrong, membentuk tim, dan mencari teman, dan kebanyakan pemain memang cuma ingin main.

    Tetapi chat dan voice chat di dalam game juga membuat orang asing bisa menghubungimu, dan ada orang dewasa yang memakai game untuk mendekati anak muda. Di internet, siapa pun bisa mengaku berumur 15 tahun. Suara, skin, atau rank tidak membuktikan siapa seseorang.
s-games-streams-game-chat-intro-alt = Seorang remaja tersenyum memakai headset dan memegang controller, dengan gelembung chat, layar game, gembok, dan ikon roda gigi pengaturan.
s-games-streams-game-chat-red-flags =
    Hati-hati dengan pemain yang:
    • menanyakan umurmu, tempat tinggal atau sekolahmu, atau apakah kamu sendirian;
    • mengirim banyak pesan atau permintaan pertemanan setelah satu pertandingan;
    • banyak memuji dan bilang kamu dewasa atau istimewa;
    • membelokkan obrolan ke soal tubuh, pacaran, atau seks;
    • ingin merahasiakan sesuatu atau pindah ke aplikasi lain.

    Satu saja dari tanda ini sudah cukup jadi alasan untuk mundur.
s-games-streams-game-chat-settings =
    Pengaturanmu membantu:
    • Voice chat dan chat teks: hanya teman atau party, atau matikan.
    • Permintaan pertemanan: dari teman dari teman, atau tidak ada.
    • Nama pengguna tanpa nama asli, umur, sekolah, atau kotamu.
    • <b>Bisukan</b> siapa pun yang mengganggu, dan <b>blokir</b> siapa pun yang membuatmu tidak nyaman.

    Nama pengaturannya berbeda di tiap game dan konsol: cari Privasi, Keamanan, atau Komunikasi.
s-games-streams-game-chat-q1 = Pemain yang baru kamu kenal bilang kamu jauh lebih dewasa daripada anak seumuranmu, lalu bertanya apakah kamu sendirian di rumah. Ini apa?
s-games-streams-game-chat-q1-a = Pujian, bukan masalah besar
s-games-streams-game-chat-q1-a-why = Pujian memang terasa menyenangkan, dan justru itu tujuannya. Banyak pujian ditambah pertanyaan apakah kamu sendirian adalah pola grooming yang klasik. Kamu boleh berhenti membalas.
s-games-streams-game-chat-q1-b = Tanda bahaya: rayuan dan pertanyaan pribadi
s-games-streams-game-chat-q1-b-why = Kamu tidak harus menjawab pertanyaan pribadi dari siapa pun. Bisukan, blokir, dan laporkan pemain itu, lalu cerita ke orang dewasa yang kamu percaya kalau itu membuatmu khawatir.
s-games-streams-game-chat-q1-c = Aman, asal dia jago main
s-games-streams-game-chat-q1-c-why = Jago main game tidak menunjukkan apa pun soal aman atau tidaknya seseorang. Perhatikan apa yang dia tanyakan, bukan cara dia bermain.
s-games-streams-game-chat-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Batasi chat hanya untuk teman, jangan taruh data pribadi di nama pengguna dan profilmu, dan keluar dari chat mana pun yang mulai terlalu pribadi atau terasa menyeramkan. Blokir dan laporkan pemainnya di game. Cerita ke orang dewasa yang kamu percaya, atau telepon layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 2: Gifts, skins and “debts”

s-games-streams-gifts-debt-title = Hadiah, skin, dan “utang”
s-games-streams-gifts-debt-intro =
    Skin gratis, mata uang game, battle pass, voucher: rasanya senang sekali kalau ada yang memberimu sesuatu.

    Tetapi ada orang yang memberi hadiah untuk membangun kepercayaan, atau supaya kamu merasa berutang. Nanti dia minta balasan: foto, rahasia, video call, atau pindah ke aplikasi privat. Saran Kids Helpline: bilang “nggak, makasih” untuk hadiah dan kredit gratis dari orang yang hanya kamu kenal di internet.
s-games-streams-gifts-debt-intro-alt = Seorang remaja mengangkat tangan untuk menolak kotak hadiah besar yang dikelilingi koin dan permata.
s-games-streams-gifts-debt-owe-nothing =
    Hadiah bukan perjanjian. Kalau seseorang bilang “setelah semua yang kukasih ke kamu…”, itu desakan, dan itu tanda bahaya.

    Ada pemain yang meminjamimu mata uang game, lalu bilang kamu punya <b>utang</b> dan harus membayarnya dengan cara lain. Apa pun yang dia berikan, kamu tidak berutang foto, rahasia, atau waktumu kepada siapa pun. Kamu boleh berhenti membalas dan cerita ke seseorang.
s-games-streams-gifts-debt-private-apps =
    Pelan-pelan dulu kalau teman main game ingin pindah ke aplikasi privat, apalagi yang pesannya bisa menghilang, atau memintamu merahasiakan pertemanan kalian.

    Pindah aplikasi tidak selalu buruk. Tetapi kalau ditambah hadiah, rayuan, atau rahasia, itu tanda peringatan. Teman sungguhan tidak keberatan kalau kalian tetap chat di dalam game, dan kalau keluargamu tahu tentang dia.
s-games-streams-gifts-debt-q1 = Seorang pemain memberimu skin. Sekarang dia bilang kamu berutang padanya, dan minta foto “sebagai ucapan terima kasih”. Mana yang benar?
s-games-streams-gifts-debt-q1-a = Aku harus kirim, dia sudah baik hati
s-games-streams-gifts-debt-q1-a-why = Ingin bersikap adil itu naluri yang baik. Tetapi hadiah bukan kontrak, dan memakainya untuk mendapat foto adalah manipulasi. Kamu tidak berutang apa pun padanya.
s-games-streams-gifts-debt-q1-b = Aku tidak berutang; aku bisa berhenti dan cerita
s-games-streams-gifts-debt-q1-b-why = Hadiah yang dipakai untuk membuatmu merasa berutang adalah trik yang sudah dikenal. Berhenti membalas, simpan chatnya, blokir dan laporkan, lalu cerita ke orang dewasa yang kamu percaya.
s-games-streams-gifts-debt-q1-c = Aku harus menggantinya dengan uang
s-games-streams-gifts-debt-q1-c-why = Wajar kalau kamu ingin impas. Tetapi membayar membuatmu tetap berhubungan dengannya dan bisa memancing tuntutan lain. Kamu tidak perlu membayar hadiah.
s-games-streams-gifts-debt-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Tolak hadiah dari orang yang hanya kamu kenal di internet. Kalau seseorang bilang kamu berutang, berhenti membalas, ambil screenshot, lalu blokir dan laporkan dia di game. Cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara). Kamu tidak akan kena masalah karena pernah menerima hadiah.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 3: Livestreams: watching and going live

s-games-streams-livestreams-title = Livestream
s-games-streams-livestreams-intro =
    Livestream seru ditonton dan seru dibuat. Penonton bisa berkomentar, chat, dan mengirim hadiah secara langsung.

    Karena siarannya langsung, sulit untuk ditarik kembali: penonton bisa merekam atau men-screenshot siaranmu. Dan penonton live bisa saja termasuk orang yang tidak kamu kenal, walaupun kamu maksudkan hanya untuk teman.
s-games-streams-livestreams-intro-alt = Seorang remaja melambai ke HP di dudukan yang sedang siaran langsung, dengan hati, hadiah, dan bintang yang melayang ke atas.
s-games-streams-livestreams-comments-gifts =
    Hati-hati dengan penonton yang:
    • mengirim hadiah atau koin, lalu minta balasan, seperti tantangan, pose, atau chat pribadi;
    • memintamu ganti baju, menunjukkan kamarmu, atau menyebutkan di mana kamu berada;
    • terus mengirimimu pesan pribadi setelah siaran.

    Kamu boleh mengabaikan permintaan, menyaring atau mematikan komentar, mengeluarkan penonton, dan mengakhiri siaran kapan saja. Hadiah tidak berarti kamu berutang apa pun kepada siapa pun.
s-games-streams-livestreams-before-live =
    Sebelum kamu live:
    • Cek latar belakang: seragam sekolah, papan nama jalan, rumahmu, surat dengan alamatmu.
    • Siarkan hanya untuk teman, kalau aplikasinya bisa.
    • Jangan pernah menyebutkan lokasi, sekolah, atau rencanamu saat siaran.
    • Kasih tahu orang dewasa yang kamu percaya saat kamu sedang siaran.

    Beberapa aplikasi hanya membolehkan remaja yang lebih muda live bersama orang dewasa, atau tidak sama sekali. Cek aturan aplikasinya.
s-games-streams-livestreams-q1 = Seorang penonton mengirimimu banyak hadiah saat kamu siaran, lalu mengajakmu lanjut di chat pribadi. Apa yang kamu lakukan?
s-games-streams-livestreams-q1-a = Lanjut di chat pribadi, dia sudah baik hati
s-games-streams-livestreams-q1-a-why = Mungkin rasanya kamu harus membalas kebaikannya. Tetapi hadiah yang diberikan supaya bisa berduaan denganmu adalah tanda bahaya. Kamu tidak berutang apa pun kepada penonton.
s-games-streams-livestreams-q1-b = Tolak, keluarkan dia, cerita ke seseorang
s-games-streams-livestreams-q1-b-why = Kamu boleh menolak, mengeluarkan atau memblokir penonton itu, dan melaporkannya. Cerita ke orang dewasa yang kamu percaya membantu kalau dia terus mencoba.
s-games-streams-livestreams-q1-c = Terus siaran dan berharap dia berhenti
s-games-streams-livestreams-q1-c-why = Berharap masalahnya hilang sendiri itu bisa dimengerti. Tetapi desakan seperti ini sering makin besar. Bertindak sejak awal membuatmu tetap pegang kendali.
s-games-streams-livestreams-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Siarkan untuk orang yang kamu kenal, jauhkan data pribadi dari kamera, dan akhiri siaran begitu ada yang terasa tidak beres. Laporkan penonton yang mendesakmu. Cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 4: Leave, block and report

s-games-streams-leave-report-title = Keluar, blokir, dan laporkan
s-games-streams-leave-report-intro =
    Kamu boleh keluar dari pertandingan, chat, server, atau siaran mana pun, kapan saja, tanpa menjelaskan. Keluar itu tidak kasar, dan bukan berarti kalah. Itu tanda kamu pegang kendali.

    Kalau seseorang merundungmu, mendesakmu, atau bersikap menyeramkan, langkah-langkah di pelajaran ini membantu menghentikannya, demi kamu dan pemain lain.
s-games-streams-leave-report-intro-alt = Seorang remaja berjalan menuju pintu yang terbuka, dengan bendera laporan di satu sisi dan tanda blokir di sisi lain.
s-games-streams-leave-report-evidence =
    Sebelum memblokir, <b>simpan bukti</b>:
    • Screenshot atau rekaman layar chat atau pesannya.
    • Nama penggunanya (dan gamertag-nya, kalau berbeda).
    • Nama game, server, atau siarannya, dan tanggalnya.

    eSafety, lembaga pengawas keamanan online Australia, menyarankan untuk mengumpulkan bukti seperti ini, lalu melaporkan pemainnya di game.
s-games-streams-leave-report-block-report =
    <b>Bisukan</b> membuatmu tidak mendengar atau melihatnya lagi. <b>Blokir</b> membuatnya tidak bisa menghubungimu. <b>Laporkan</b> memberi tahu pihak game supaya bisa bertindak. Kalau seseorang berbahaya, lakukan ketiganya.

    Laporan biasanya rahasia: pemain itu tidak diberi tahu siapa yang melaporkannya. Cari ikon bendera, ketuk nama pemain di daftar pemain, atau cari Laporkan di menu.
s-games-streams-leave-report-q1 = Seorang pemain terus mengirimimu pesan setelah kamu keluar dari pertandingan, menanyakan akun-akunmu yang lain. Apa langkah terbaik?
s-games-streams-leave-report-q1-a = Kasih satu akun supaya dia berhenti
s-games-streams-leave-report-q1-a-why = Mungkin rasanya itu jalan keluar paling gampang. Tetapi itu memberinya cara lain untuk menghubungimu, dan kamu tidak harus memberinya apa pun.
s-games-streams-leave-report-q1-b = Screenshot, blokir, laporkan, cerita ke seseorang
s-games-streams-leave-report-q1-b-why = Bukti dulu, lalu blokir dan laporkan di game. Dengan cerita ke orang dewasa yang kamu percaya, kamu tidak menghadapinya sendirian.
s-games-streams-leave-report-q1-c = Hapus game-nya selamanya
s-games-streams-leave-report-q1-c-why = Istirahat sebentar tidak apa-apa kalau kamu mau. Tetapi kamu tidak berbuat salah: memblokir dan melaporkan menghentikannya tanpa kamu harus kehilangan game-mu.
s-games-streams-leave-report-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Keluar dari apa pun yang terasa tidak beres. Simpan bukti, lalu blokir dan laporkan di game. Cerita ke orang dewasa yang kamu percaya, atau telepon layanan bantuan anak (116 111 di banyak negara). Kalau ada yang meminta foto seksual darimu atau mengancammu, itu serius: segera minta bantuan.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.
