"""Makes the report font: the PDF writer (OpenPDF) embeds TrueType outlines reliably, the upstream font is CFF.

Source: NotoSansHans-Regular.otf (Noto Sans S Chinese, Adobe & Google, SIL Open Font License 1.1) as shipped in the
npm package @embedpdf/fonts-sc 1.0.0 (`npm pack @embedpdf/fonts-sc@1.0.0`, file package/fonts/NotoSansHans-Regular.otf).

Steps: keep ASCII, Latin-1, punctuation, CJK symbols, full-width forms and every CJK Unified Ideograph of the BMP
(U+4E00-U+9FFF); drop layout features and hinting; convert the cubic CFF outlines to quadratic TrueType (cu2qu, max
error 1 unit); rename the family, since the licence reserves the original name for unmodified fonts.

    python3 -m pip install fonttools
    python3 make-report-font.py NotoSansHans-Regular.otf \
        ../main/resources/cn/jinan/care/reports/pdf/CareReportSansSC-Regular.ttf
"""
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

src, dst = sys.argv[1], sys.argv[2]
unicodes = set(range(0x20, 0x7f)) | set(range(0xa0, 0x180)) | set(range(0x2000, 0x2070)) | set(range(0x2100, 0x2200)) \
    | set(range(0x2460, 0x24ff)) | set(range(0x2500, 0x2600)) | set(range(0x25a0,0x2600)) | set(range(0x3000, 0x3040)) | set(range(0xff00, 0xfff0)) | {0x2190,0x2191,0x2192,0x2193,0x221a,0x2212,0x00b7}
unicodes |= set(range(0x4e00, 0xa000))  # every CJK Unified Ideograph of the BMP: names need rare characters
opts = subset.Options()
opts.layout_features = []
opts.name_IDs = ['*']
opts.notdef_outline = True
opts.hinting = False
opts.desubroutinize = True
f = TTFont(src)
s = subset.Subsetter(opts)
s.populate(unicodes=unicodes)
s.subset(f)
# CFF (cubic) -> glyf (quadratic)
glyphOrder = f.getGlyphOrder()
gs = f.getGlyphSet()
glyf = newTable('glyf'); glyf.glyphOrder = glyphOrder; glyf.glyphs = {}
for name in glyphOrder:
    pen = TTGlyphPen(gs)
    gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
f['glyf'] = glyf
f['loca'] = newTable('loca')
del f['CFF ']
if 'VORG' in f: del f['VORG']
f['maxp'] = newTable('maxp'); m = f['maxp']
m.tableVersion = 0x00010000; m.maxZones = 1; m.maxTwilightPoints = 0; m.maxStorage = 0; m.maxFunctionDefs = 0
m.maxInstructionDefs = 0; m.maxStackElements = 0; m.maxSizeOfInstructions = 0; m.maxComponentElements = 0
m.maxPoints = m.maxContours = m.maxCompositePoints = m.maxCompositeContours = m.maxComponentDepth = 0
m.numGlyphs = len(glyphOrder)
f['head'].glyphDataFormat = 0
post = f['post']; post.formatType = 2.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = glyphOrder
post.maxMemType42 = post.minMemType42 = post.maxMemType1 = post.minMemType1 = 0
f.sfntVersion = '\x00\x01\x00\x00'
# OFL: a modified version must not carry the Reserved Font Name
name = f['name']
family = 'Care Report Sans SC'
for rec in list(name.names):
    if rec.nameID in (1, 16): rec.string = family
    elif rec.nameID == 4: rec.string = family + ' Regular'
    elif rec.nameID == 6: rec.string = 'CareReportSansSC-Regular'
    elif rec.nameID == 3: rec.string = 'CareReportSansSC-Regular'
    elif rec.nameID in (17,): rec.string = 'Regular'
    elif rec.nameID in (18, 20, 21): name.removeNames(nameID=rec.nameID)
f.save(dst)
print(dst, len(glyphOrder))
